namespace FactMiner.Benchmarks;

/// <summary>
/// The words the benchmark corpus is built from: species with rough real sizes, sentence templates in the style of
/// scraped fact pages, and the debris such pages carry. All written for this project.
/// </summary>
internal static class CorpusTemplates
{
    /// <summary>Common name, scientific name, typical height or length in cm, typical mass in kg.</summary>
    public static readonly (string Common, string Scientific, double SizeCm, double MassKg)[] Species =
    [
        ("musk deer", "Moschus moschiferus", 60, 13),
        ("Siberian musk deer", "Moschus moschiferus", 65, 14),
        ("Himalayan musk deer", "Moschus leucogaster", 60, 15),
        ("red panda", "Ailurus fulgens", 60, 5),
        ("snow leopard", "Panthera uncia", 60, 45),
        ("Bengal tiger", "Panthera tigris tigris", 100, 220),
        ("Asian elephant", "Elephas maximus", 275, 4000),
        ("giant panda", "Ailuropoda melanoleuca", 80, 110),
        ("grey wolf", "Canis lupus", 80, 40),
        ("red fox", "Vulpes vulpes", 40, 7),
        ("Eurasian lynx", "Lynx lynx", 65, 22),
        ("wild boar", "Sus scrofa", 90, 100),
        ("moose", "Alces alces", 190, 450),
        ("reindeer", "Rangifer tarandus", 120, 110),
        ("Bactrian camel", "Camelus bactrianus", 200, 600),
        ("chevrotain", "Tragulus kanchil", 25, 2),
        ("pangolin", "Manis pentadactyla", 40, 5),
        ("bald eagle", "Haliaeetus leucocephalus", 90, 5),
        ("emperor penguin", "Aptenodytes forsteri", 115, 30),
        ("green sea turtle", "Chelonia mydas", 100, 160),
        ("saltwater crocodile", "Crocodylus porosus", 500, 500),
        ("koala", "Phascolarctos cinereus", 70, 9),
        ("red kangaroo", "Osphranter rufus", 150, 60),
        ("cheetah", "Acinonyx jubatus", 80, 50),
        ("African wild dog", "Lycaon pictus", 70, 25),
        ("okapi", "Okapia johnstoni", 160, 250),
        ("Przewalski's horse", "Equus ferus przewalskii", 130, 300),
        ("yak", "Bos mutus", 170, 600),
        ("takin", "Budorcas taxicolor", 110, 300),
        ("goral", "Naemorhedus goral", 65, 35),
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
