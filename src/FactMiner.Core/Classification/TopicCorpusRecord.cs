using CsvHelper;

namespace FactMiner.Core.Classification;

/// <summary>One row of a corpus CSV as CsvHelper reads it; <see cref="TopicCorpus"/> checks it and turns it into a <see cref="LabelledSentence"/>.</summary>
[CsvRecord]
internal sealed partial record TopicCorpusRecord(string Text, string Topic, string Species, string Style = "");
