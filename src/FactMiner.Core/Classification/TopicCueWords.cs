namespace FactMiner.Core.Classification;

/// <summary>
/// Words that signal a topic, written from the contract's topic definitions and general knowledge of how
/// species accounts are worded; never mined from the training corpus. A trailing <c>*</c> marks a stem
/// that matches any longer word ("poach*" matches "poachers"); other entries match the word, or the word
/// less a plural <c>s</c>/<c>es</c>.
/// </summary>
internal static class TopicCueWords
{
    public static readonly IReadOnlyDictionary<string, string> ByTopic = new Dictionary<string, string>
    {
        ["morphology"] = """
            weigh* weight* length lengths long longer longest tall taller height size sized large larger largest small
            smaller smallest big bigger biggest tiny huge measur* body bodied tail horn horned antler antlered tusk teeth
            tooth fang beak bill feather* plumage fur furred coat pelage scale scaly colour* color* stripe* spot* pattern*
            wing wingspan fin claw hoof hooves mane crest snout muzzle neck leg limb shell carapace dimorph* kg kilogram*
            gram pound lb lbs cm centimet* mm millimet* inch inches metre meter ft feet tonne ton ounce oz heavy heavier
            heaviest slender stocky bulky robust appearance marking* eye ears ear whisker* paw paws toe toes skull jaw jaws
            mouth nose head heads chest belly back flank* rump throat spine* quill* bristle* mottl* plain pale dark glossy
            iridescent grey gray brown black white reddish yellowish blackish whitish greyish brownish sleek muscular
            elongat* rounded flattened pointed hooked curved webbed wingtip* underpart* upperpart* dorsal ventral
            translucent shoulder shoulders stands build
            """,
        ["behavior"] = """
            solitary social socially nocturnal diurnal crepuscular cathemeral active activity rest resting sleep* herd herds
            flock* pack troop colony colonies group groups pair pairs alone territor* migrat* roam* wander* vocal* call
            calls calling song songs sing* whistl* communicat* display* groom* aggress* defend* defens* flee* bask*
            hibernat* dominan* hierarch* play playful shy wary docile temperament dusk dawn night nights nighttime daytime
            behavio* swim swims swimming dive dives diving fly flies flight climb* run runs running speed speeds travel*
            gather* secretive reclusive gregarious sociable loner loners burrowing hide hides hiding ambush patrol* urine
            dung chase* fight* spar* alarm warn* mimic* camouflag* freez* torpor estivat* aestivat* roost* perch* soar*
            glide* hop* leap* crawl* dig digs digging nomadic sedentary home coalition* harem* leks lek cooperat* tolerat*
            interact* contact* signal* posture* tempera* curious inquisitive bold
            """,
        ["diet"] = """
            eat eats eaten eating ate diet diets feed feeds feeding fed food foods forag* prey preys preyed graz* brows*
            nectar seed seeds fruit fruits insect insects leaves leaf grass grasses herbivor* carnivor* omnivor* insectivor*
            piscivor* frugivor* folivor* granivor* nectarivor* scaveng* carrion plankton krill meal meals digest* stomach*
            chew* swallow* gnaw* nibbl* berries berry nut nuts root roots tuber* bark twig* shoot shoots bud buds larva
            larvae grub grubs worm worms snail* rodent* mice mouse vole voles squid crustacean* algae lichen* moss mosses
            sap pollen honeydew termite* ant ants beetle* caterpillar* hunt* stalk* pounce* ambush* catch catches caught
            kill kills devour* consum* ingest* sip* suck* filter kelp seagrass sedge* herb herbs fungi mushroom* acorn* cone
            cones clam* mussel* crab* shrimp* prawn* frog* lizard* appetite hungry starve* menu snack* lunch dinner staple*
            cache* hoard* pellet* regurgitat* cud ruminat* drinking drink drinks
            """,
        ["reproduction"] = """
            breed breeds breeding bred mate mates mating rut rutting court courting courtship gestat* pregnan* incubat* egg
            eggs clutch* litter litters birth births born calf calves cub cubs chick chicks fledg* hatch* young youngster*
            offspring pup pups foal* lamb lambs fawn* kid kids wean* nurs* matur* spawn* lifespan lifespans longev* live
            lives lived living age ages aged nest nests nesting lay lays laying laid brood* parent* mother* father* sexual
            sexually juvenil* infant* newborn* reproduc* oldest old fertil* ovulat* oestrus estrus heat receptive suckl*
            lactat* weaned independence independent sire* dam dams paternal maternal polygyn* monogam* polyandr* pairbond*
            generation* tadpole* metamorph* larval oviparous viviparous ovoviviparous embryo* fetus foetus uterus pouch joey
            joeys eyas nestling* hatchling* puberty menopause senescen* die dies death survive survives survival
            """,
        ["habitat"] = """
            habitat habitats forest forests forested woodland* jungle* rainforest* grassland* savanna* savannah* meadow*
            steppe* desert* tundra mountain* alpine slope slopes cliff* rock rocks rocky cave caves den dens burrow burrows
            lair* wetland* marsh* swamp* river rivers riverine stream streams lake lakes pond ponds coast coasts coastal
            reef reefs ocean oceans sea seas marine freshwater water waters shallow shallows deep deeper depth depths
            elevation* altitude* terrain vegetation shrub* scrub* thicket* bamboo canopy tree trees understor* shelter*
            inhabit* dwell* prefer* ice snow soil sand sandy mud muddy plain plains valley* hill hills hillside* upland*
            lowland* highland* plateau* gorge* ravine* estuar* mangrove* lagoon* seabed seafloor sediment* crevice* hollow*
            log logs undergrowth moorland* heath* bog bogs fen fens pasture* farmland* cropland* orchard* garden* urban
            suburban arid humid temperate tropical subtropical montane subalpine boreal taiga coniferous deciduous evergreen
            oak pine spruce fir birch scree boulder* outcrop* ledge* beach* dune* shore* shoreline* tidal intertidal pelagic
            benthic abyssal brackish oasis waterhole* spring springs wetter drier
            """,
        ["distribution"] = """
            range ranges native natives endemic occur occurs occurred distribut* continent* countr* region regions regional
            island islands africa* asia* europe* america* australia* india indian china chinese russia* siberia* himalaya*
            arctic antarctic* pacific atlantic mediterranean north south east west northern southern eastern western central
            northeast* northwest* southeast* southwest* introduc* across throughout found widespread province* state states
            border* extend* extent spread mexico brazil* indonesia* japan* canada canadian madagascar borneo peninsula*
            basin subcontinent sumatra* java malaysia* thailand vietnam myanmar nepal bhutan tibet* mongolia* kazakhstan
            iran turkey arabia* egypt kenya tanzania uganda congo ethiopia* namibia botswana zimbabwe sahara* sahel amazon*
            andes andean patagonia* argentin* chile peru* colombia* venezuela* ecuador bolivia caribbean florida california*
            texas alaska* greenland iceland norway sweden finland scandinavia* britain british ireland france spain portugal
            italy germany poland balkan* caucasus scotland england zealand philippine* guinea hawaii* galapagos worldwide
            cosmopolitan global locally local absent vagrant* equator* tropics latitude* hemisphere coastline* archipelago*
            mainland
            """,
        ["population"] = """
            population populations number numbers numbered estimat* census* count counts counted individual individuals
            declin* increas* stable trend trends abundan* density densities remain remaining remains thousand thousands
            million millions hundred hundreds percent % fewer rebound* plummet* drop dropped halved doubled tripled survey*
            total globally dwindl* grew grow growing shrink* shrank crash* collaps* recover* boom* fluctuat* cyclic* peak*
            subpopulation* viable numerous common rare rarely scarce plentiful uncommon sparse overabundan* outbreak*
            irrupt* headcount tally
            """,
        ["conservation"] = """
            iucn cites appendix endangered vulnerable threatened concern critically extinct status statuses protect
            protected protection protecting protects reserve reserves park parks sanctuar* refuge* law laws legal legally
            ban bans banned convention* conserv* recovery reintroduc* captive programme programmes program programs project
            projects listed listing classified assess* monitor* patrol* ranger* restor* safeguard* regulat* quota* permit*
            treaty treaties act acts legislation enforcement enforc* translocat* corridor* management managed manag*
            studbook zoo zoos aquaria redlist heritage unesco wwf ngo* charity charities donor* fund funding funded trust
            foundation* campaign* awareness educat* volunteer* compensation scheme* moratorium moratoria prohibit* outlaw*
            """,
        ["threats"] = """
            threat threats threaten threatens threatening poach* hunt hunted hunting hunter* kill killed killing trap
            trapped trapping snare* illegal illegally trade traded trafficking traffick* loss losses destruct* destroy*
            deforest* logging clearing cleared fragment* pollut* pesticide* poison* climate warming disease* parasite*
            virus* fungus fungal bycatch entangl* collision* road roads roadkill* vehicle* car cars invasive persecut*
            conflict* retaliat* overfish* overharvest* overexploit* exploit* demand drown* starv* risk risks danger* harm*
            damage* degrad* encroach* dam dams mining oil spill* plastic* litter noise drought* wildfire* fire fires flood*
            erosion inbreeding predation predator* feral rat rats stoat* mongoose* competition compet* hybridis* hybridiz*
            culled cull culling shot shooting gun guns rifle* dynamite trawl* longline* gillnet* net nets netting bait*
            electrocut* powerline* urbanis* urbaniz* development agricultur* plantation* overgraz* smuggl* blackmarket
            seized seizure* confiscat* decimat* wiped extirpat* vanish* disappear*
            """,
        ["human_use"] = """
            meat meats milk milked milking wool wools woollen leather hide hides skin skins fibre fibres fiber fibers yarn*
            silk silks honey wax ivory musk perfume* medicine* medicinal remedy remedies traditional domestic domestically
            domesticat* tame tamed farm farms farmed farming farmer* ranch* livestock pet pets aquarium* working draught
            draft ride rides riding ridden plough* plow* tourism tourist* ecotourism safari* income export* import* market
            markets sold sell sells selling price prices valuable product products harvest* dish dishes delicacy delicacies
            cuisine cook* research* laboratory laboratories lab labs shear* fleece* dung cloth textile* spun spin woven
            weav* knit* jewel* souvenir* commerc* economy economic* industry industries fishery fisheries fishermen fisherm*
            angler* recreational aquacultur* mariculture cultivat* reared rear rearing husbandry herder* herding herdsmen
            nomads pastoral* cashmere mohair angora pelt* trophy trophies falconry carriage transport* beast* burden mount*
            cavalry guard* companion* show shows ornament* decoration* decorative craft* handicraft* carving* carved amulet*
            charm* talisman* tonic* extract* secretion* antivenom drug* pharmaceutical* cosmetic* cream* bushmeat edible
            protein livelihood* villager* locals earn* earns earning profit* revenue* worth dollars usd euros currency
            """,
        ["taxonomy"] = """
            family families genus genera species subspecies order orders class phylum classif* taxonom* relative relatives
            related relation* closely ancestor* ancestral lineage* evolv* evolution* evolutionar* fossil* name named names
            naming scientific latin greek etymolog* derive* derived meaning means word words called call known described
            synonym* clade* sister diverg* split splits recognis* recogniz* hybrid* cousin* belongs belong member members
            idae inae formes phylogen* morphotype* taxon taxa binomial nomenclature linnae* describ* monotypic polytypic
            suborder superfamily subfamily tribe variety varieties form forms race races ecotype* lumped lumping reclassif*
            renamed rename* moved placed assigned considered conspecific distinct subgenus dna genetic* genom* molecular
            mitochondrial primitive descendant* descended kin cladistic*
            """,
        ["other"] = """
            legend* myth* mytholog* folklore symbol* emblem* mascot* national flag flags coin coins stamp stamps famous
            celebrit* record records film films movie* book books story stories poem* art arts painting* god gods goddess*
            spirit* sacred believe* belief* superstition* discover* explorer* naturalist* click subscribe share photo*
            video* copyright website* page pages cookie* fact facts fun amazing interesting cartoon* game games logo* team
            teams popular culture cultural literature novel* ancient religio* ritual* tale tales fame viral internet meme*
            emoji* toy* plush nickname* nicknamed anecdote* history historical historically century centuries medieval
            victorian king* queen* emperor* pharaoh* temple* church* heraldry brand* advert* sponsor* newsletter comment*
            reply login menu sitemap print email terms privacy
            """,
    };
}
