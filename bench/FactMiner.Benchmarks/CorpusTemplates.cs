namespace FactMiner.Benchmarks;

/// <summary>
/// The words the benchmark corpus is built from: species with rough real sizes, sentence templates in the style of
/// scraped fact pages, and the debris such pages carry. All written for this project.
/// </summary>
internal static class CorpusTemplates
{
    /// <summary>Species with rough real figures: standing height (or, for birds and reptiles, overall size), head-and-body
    /// length and mass, so that the figures a document gives fit each other as a real animal's do.</summary>
    public static readonly SpeciesFigures[] Species =
    [
        new("musk deer", "Moschus moschiferus", 60, 90, 13),
        new("Siberian musk deer", "Moschus moschiferus", 65, 95, 14),
        new("Himalayan musk deer", "Moschus leucogaster", 60, 90, 15),
        new("red panda", "Ailurus fulgens", 60, 60, 5),
        new("snow leopard", "Panthera uncia", 60, 115, 45),
        new("Bengal tiger", "Panthera tigris tigris", 100, 190, 220),
        new("Asian elephant", "Elephas maximus", 275, 600, 4000),
        new("giant panda", "Ailuropoda melanoleuca", 80, 150, 110),
        new("grey wolf", "Canis lupus", 80, 130, 40),
        new("red fox", "Vulpes vulpes", 40, 70, 7),
        new("Eurasian lynx", "Lynx lynx", 65, 100, 22),
        new("wild boar", "Sus scrofa", 90, 150, 100),
        new("moose", "Alces alces", 190, 280, 450),
        new("reindeer", "Rangifer tarandus", 120, 180, 110),
        new("Bactrian camel", "Camelus bactrianus", 200, 300, 600),
        new("chevrotain", "Tragulus kanchil", 25, 45, 2),
        new("pangolin", "Manis pentadactyla", 40, 60, 5),
        new("bald eagle", "Haliaeetus leucocephalus", 90, 90, 5),
        new("emperor penguin", "Aptenodytes forsteri", 115, 115, 30),
        new("green sea turtle", "Chelonia mydas", 100, 110, 160),
        new("saltwater crocodile", "Crocodylus porosus", 500, 500, 500),
        new("koala", "Phascolarctos cinereus", 70, 75, 9),
        new("red kangaroo", "Osphranter rufus", 150, 140, 60),
        new("cheetah", "Acinonyx jubatus", 80, 130, 50),
        new("African wild dog", "Lycaon pictus", 70, 100, 25),
        new("okapi", "Okapia johnstoni", 160, 220, 250),
        new("Przewalski's horse", "Equus ferus przewalskii", 130, 220, 300),
        new("yak", "Bos mutus", 170, 300, 600),
        new("takin", "Budorcas taxicolor", 110, 200, 300),
        new("goral", "Naemorhedus goral", 65, 110, 35),
    ];

    public static readonly string[] Places =
    [
        "the Himalayas", "eastern Asia", "Siberia", "China", "Russia", "Mongolia", "Nepal", "Bhutan", "northern India",
        "the Tibetan Plateau", "Kazakhstan", "the Altai Mountains", "Korea", "Sakhalin", "Myanmar", "the U.S.",
        "southern Africa", "the Congo Basin", "Borneo", "Sumatra", "Queensland", "the Arctic tundra",
    ];

    public static readonly string[] Authorities = ["IUCN", "CITES", "WWF", "U.S. Fish and Wildlife Service", "Red Data Book"];

    public static readonly string[] Statuses =
    [
        "vulnerable", "endangered", "critically endangered", "near threatened", "least concern", "low risk",
    ];

    /// <summary>
    /// Sentence templates; <c>{name}</c> slots are filled by <see cref="CorpusGenerator"/>: Name/name/sci (species),
    /// height, length, mass and their parts (shoulder, shoulderfeet, tail, coat, tusk, track, birthmass), area, speed, pct, year, decade, count, life, gestation, elevation, place, authority,
    /// status, ordinal, money, time, abbr.
    /// </summary>
    public static readonly string[] Sentences =
    [
        "A {name} is about {height} tall and has a shoulder height of about {shoulder}.",
        "{Name}s are among the smallest of hoofed mammals, weighing about {mass}.",
        "Adults weigh {mass} ({abbr} {mass}), and males are slightly larger than females.",
        "The {name} ({sci}) is classified as {status} by the {authority} ({year}).",
        "The head-and-body length of the {name} is {length}, with a tail of {tail}.",
        "Its range covers roughly {area} in {place}, {abbr} the forests above {elevation}.",
        "The {name} is found in {place}, {place}, and {place}.",
        "Populations of {name} are declining throughout their distribution, by {pct} since the {decade}.",
        "It is estimated that only {count} individuals remain in the wild.",
        "When alarmed it can run at up to {speed} over short distances.",
        "Gestation lasts {gestation}; a single fawn is usually born in {month}.",
        "In captivity, a {name} may live for {life}, but in the wild they rarely exceed {life}.",
        "The {name} lives at elevations of {elevation} in {place}.",
        "Hunting of {name} is done with traps and guns, and a pod sold for {money} in the {decade}.",
        "The {ordinal} largest population lives in {place}, according to Dr. Ivanova's survey of {year}.",
        "Dr. Chen et al. measured {count} animals at {time} each morning, i.e. before the heat of the day.",
        "The {name} is strongly territorial and reclusive, mostly traveling alone or in solitary pairs.",
        "Secretions from the scent gland or \"pod\" of the male {name} are used in traditional medicine.",
        "Except for a female and her young, the {name} is solitary outside of the rutting season.",
        "Its home range is about {area}; density rarely exceeds {count} per km².",
        "The {name}'s winter coat is {coat} thick, which keeps it warm at -{small}°C.",
        "Males stand {shoulderfeet} at the shoulder, e.g. the largest recorded bull.",
        "Newborns weigh {birthmass} and are weaned after {gestation}.",
        "The {name} feeds on lichens, grasses, leaves, etc., and can eat {mass} a day.",
        "Since the {decade}, about {pct} of its habitat in {place} has been lost to logging, farming and roads.",
        "The species was first described in {year} by a zoologist working in {place}.",
        "Around {count} hectares ({area}) were set aside for the {name} in {year}.",
        "Its tusklike canine teeth reach {tusk} in adult males — females lack them.",
        "Approx. {pct} of the population lives inside protected areas (c. {area}).",
        "The {name} runs at {speed}–{speed} and swims well.",
        "Recorded heights range from {height} to {height}; most adults are about {feet} tall.",
        "A litter of {smallrange} young is born after {gestation}.",
        "Tracks measure {track} by {track}, i.e. slightly larger than a goat's.",
        "{Name} numbers fell from {count} in {year} to {count} in {year}.",
        "Ecology and Behavior {Name}s are most active between dusk and dawn, alternately resting",
        "The {name} is hard to domesticate because of its peculiar traits.",
        "Body mass: {mass}. Height: {height}. Lifespan: {life}.",
        "It is protected under CITES Appendix I ({year}) and by national law in {place}.",
        "Its call can be heard {distance} away on a still night.",
        "The {name} is well-known for its six-mile migrations along the valley floor.",
    ];

    /// <summary>
    /// Number-free prose of the kinds that fill most of a scraped fact page (appearance, habits, habitat, diet, people),
    /// so a generated document carries about as many claims per megabyte as the user's sample does. Slots: Name, name, place.
    /// </summary>
    public static readonly string[] Prose =
    [
        "The coat of the {name} is coarse and brittle, greyish brown above and paler on the belly.",
        "{Name}s are shy animals that freeze at the first sign of danger and then bolt for cover.",
        "Most sightings of the {name} come from steep, broken ground where dense shrubs give shelter.",
        "Local herders in {place} say the {name} returns to the same resting spots for years.",
        "Like many mountain animals, the {name} relies on its hearing more than on its eyesight.",
        "The species has a short tail, large rounded ears and a narrow, pointed muzzle.",
        "Young {name}s stay hidden in thick vegetation for the first weeks while the mother feeds nearby.",
        "Field workers rarely see the animal itself and usually rely on droppings, tracks and camera traps.",
        "In {place} the {name} shares its range with several larger grazers and a handful of predators.",
        "Researchers still know little about how far young animals travel when they leave their mother.",
        "Its hooves are small and hard, which lets it move quickly over rocks and frozen snow.",
        "The {name} often follows narrow trails through the undergrowth that it uses night after night.",
        "Villagers in {place} describe the {name} as a quiet neighbour that is seldom seen and easily overlooked.",
        "Snow, steep slopes and thick forest make surveys of the {name} slow, costly and uncertain.",
        "During hard winters the animals move down into sheltered valleys where food is easier to reach.",
        "Several conservation groups now train rangers in {place} to remove snares and record sightings.",
        "Guides in {place} take visitors on early morning walks in the hope of glimpsing a {name}.",
        "The fur darkens with age, and old animals often show a faint pattern of pale spots on the back.",
        "Predators of the {name} include large cats, wolves and birds of prey that take the young.",
        "It browses on leaves, twigs, mosses and lichens, and turns to tree bark when snow covers the ground.",
        "Scientists in {place} have begun to map the genetic links between isolated groups of {name}s.",
        "Roads and new settlements have split the forest into patches that the animals rarely cross.",
        "Zoos keep only a few {name}s, and breeding them in captivity has proved difficult.",
        "The animal marks its paths and resting places with scent, which neighbours appear to respect.",
        "Travellers' accounts from the nineteenth century already describe the {name} as hard to find.",
        "Much of what is written about the {name} on the web repeats a few older sources almost word for word.",
        "A {name} that senses danger gives a sharp hiss and leaps away in long, bounding strides.",
        "The local name for the {name} in {place} refers to its habit of standing motionless on rocky ledges.",
        "Teeth, skulls and skins kept in museum collections are still an important source of data on the species.",
        "Outside the breeding season adults avoid each other, and fights between them are rare.",
    ];

    public static readonly string[] Debris =
    [
        "Ecology and Behavior", "Distribution and Habitat", "== Conservation ==", "Physical Description",
        "Contents [hide]", "Jump to navigation Jump to search", "[edit]", "Share this: Facebook Twitter Email",
        "Retrieved 12 March 2019.", "References", "See also", "From Wikipedia, the free encyclopedia",
        "Photo © 2014 A. Kumar / CC BY-SA 3.0", "Fig. 2 – range map (shaded)", "Last updated: 10:45, 3 May 2021",
        "Source: https://example.org/species/fact-sheet?id=1234", "Kingdom: Animalia | Phylum: Chordata | Class: Mammalia",
        "Read more »", "1. ^ a b c", "Advertisement", "Quick facts:", "Did you know? 🦌",
    ];

    public static readonly string[] Abbreviations = ["approx.", "ca.", "c.", "e.g.", "i.e.", "about", "roughly"];

    public static readonly string[] Months = ["May", "June", "July", "Aug.", "Sept.", "early summer"];
}
