using System.Collections.Frozen;
using System.Net;
using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Skills;

/// <summary>
/// Finds the catalogue's skills in free text such as a job description. Symbol names (C#, .NET, CI/CD) and
/// multi-word names are matched as whole tokens; slash lists are split; a name that is also an ordinary word in some
/// trade (Go, Excel, Spark, Java in a coffee shop, Flutter on a cardiac ward) counts only where the text shows it means
/// the technology; a technology the text says was left behind, or not required, does not count.
/// </summary>
public sealed partial class SkillExtractor
{
    private const int MaxPhraseTokens = 6;
    private const int ContextWindow = 3;
    private const int NegationReach = 8;
    private const int SkillsOfATechnicalText = 3;
    private const int ConfirmationPasses = 4;
    private const int SentenceReach = 40;
    private const int WorkReach = 5;

    /// <summary>A job's description and responsibilities together; anything longer is read only this far.</summary>
    public const int MaxTextLength = 50_000;

    private readonly FrozenDictionary<string, Phrase> phrases;
    private readonly FrozenSet<string> phraseStarts;
    private readonly FrozenDictionary<string, (Phrase Phrase, FrozenSet<string> Nouns)[]> work;

    public SkillExtractor(SkillCatalogue catalogue)
    {
        var map = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var skill in catalogue.Skills)
            foreach (var spelling in skill.Spellings.Except(skill.TypedOnly, StringComparer.OrdinalIgnoreCase))
            {
                var words = Tokenise(spelling, null).Select(t => t.Lower).ToList();
                if (words.Count is 0 or > MaxPhraseTokens) continue;
                var ambiguous = skill.Ambiguous.FirstOrDefault(a => a.Equals(spelling, StringComparison.OrdinalIgnoreCase));
                // "unit testing" is asked for as "unit tests" as often as not.
                foreach (var variant in words[^1] == "testing" && words.Count > 1 ? [words, [.. words[..^1], "tests"], [.. words[..^1], "test"]] : new[] { words })
                {
                    map.TryAdd(string.Join(' ', variant), new Phrase(skill, ambiguous, variant.Count,
                        ambiguous is null ? null : OtherSenses.GetValueOrDefault(ambiguous)));
                    if (variant.Count > 1) starts.Add(variant[0]);
                }
            }
        phrases = map.ToFrozenDictionary(StringComparer.Ordinal);
        phraseStarts = starts.ToFrozenSet(StringComparer.Ordinal);

        var byVerb = new Dictionary<string, List<(Phrase, FrozenSet<string>)>>(StringComparer.Ordinal);
        foreach (var (name, verbs, nouns) in WorkRules)
        {
            if (catalogue.Find(name) is not { } skill) continue;
            var rule = (new Phrase(skill, null, 0, null), Words(nouns));
            foreach (var verb in Words(verbs))
            {
                if (!byVerb.TryGetValue(verb, out var list)) byVerb[verb] = list = [];
                list.Add(rule);
            }
        }
        work = byVerb.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The skills the text asks for, canonical names in order of first mention.</summary>
    public IReadOnlyList<string> Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var tokens = Tokenise(PlainText(text.Length > MaxTextLength ? text[..MaxTextLength] : text), this);
        var candidates = FindCandidates(tokens);
        FindWork(tokens, candidates);
        var (negated, targets) = Migrations(tokens);
        // A text that names several unmistakable skills of a name's own kind: technologies for a technology ("Go", "Spark"),
        // any for an office or trade name ("Excel", "Epic"). An accountant's Excel makes no text technical.
        int technical = 0, any = 0;
        foreach (var skill in candidates.Where(c => c.Phrase.AmbiguousSpelling is null).Select(c => c.Phrase.Skill).Distinct())
        {
            any++;
            if (IsTechnical(skill)) technical++;
        }
        bool technicalText = technical >= SkillsOfATechnicalText, skillfulText = any >= SkillsOfATechnicalText;

        // Neighbours that make a list or a context are skills the text has shown to be skills: the unmistakable ones
        // first, then each ordinary-word name as the text confirms it ("Excel, Word and Outlook" after "experience
        // with"), and any other mention of a skill already confirmed ("ruby + rails" after "Ruby on Rails"). Two
        // ordinary words side by side ("Ruby, Crystal or pearl", "Mocha & Bun") do not vouch for each other.
        var isSkill = new bool[tokens.Count];
        var confirmed = new bool[candidates.Count];
        HashSet<Skill>? confirmedSkills = null;
        for (var i = 0; i < candidates.Count; i++)
            if (candidates[i].Phrase.AmbiguousSpelling is null) Confirm(i);
        // ... except two technologies written as such, neither in an everyday sense: "in R and Python", "Go, Rust".
        bool[]? listable = null;
        foreach (var c in candidates)
            if (c.Phrase.AmbiguousSpelling is not null && IsTechnical(c.Phrase.Skill) && c.ExactCase(tokens) && !EverydaySense(c, tokens))
                (listable ??= new bool[tokens.Count])[c.Start] = listable[c.Start + c.Length - 1] = true;
        for (var pass = 0; pass < ConfirmationPasses; pass++)
        {
            for (var i = 0; i < candidates.Count && confirmedSkills is not null; i++)
                if (!confirmed[i] && confirmedSkills.Contains(candidates[i].Phrase.Skill)) Mark(candidates[i]);
            var more = false;
            for (var i = 0; i < candidates.Count; i++)
                if (!confirmed[i] && MeansTechnology(candidates[i], tokens, isSkill, listable, targets[candidates[i].Start],
                        IsTechnical(candidates[i].Phrase.Skill) ? technicalText : skillfulText))
                {
                    Confirm(i);
                    more = true;
                }
            if (!more) break;
        }

        // A skill mentioned once as left behind and once as wanted is wanted: only the wanted mention counts.
        return candidates
            .Where((c, i) => confirmed[i] && !negated[c.Start])
            .SelectMany(c => c.Phrase.Skill.PartOf is { } cloud ? [c.Phrase.Skill.Name, cloud] : new[] { c.Phrase.Skill.Name })
            .Distinct().ToList();

        void Confirm(int i)
        {
            confirmed[i] = true;
            (confirmedSkills ??= []).Add(candidates[i].Phrase.Skill);
            Mark(candidates[i]);
        }

        // A verb and its object ("lead a brigade") are no skill name that a list could stand beside.
        void Mark(Candidate c)
        {
            if (c.Phrase.Length > 0) isSkill[c.Start] = isSkill[c.Start + c.Length - 1] = true;
        }
    }

    /// <summary>Programming, data, cloud and the like: an accountant's Excel or a nurse's Epic makes no text technical.</summary>
    private static bool IsTechnical(Skill skill) => !NonTechnicalCategories.Contains(skill.Category);

    private List<Candidate> FindCandidates(List<Token> tokens)
    {
        var found = new List<Candidate>();
        for (var i = 0; i < tokens.Count;)
        {
            Candidate? best = null;
            if (phraseStarts.Contains(tokens[i].Lower))
            {
                var key = tokens[i].Lower;
                for (var k = 1; k < MaxPhraseTokens && i + k < tokens.Count && tokens[i + k].Before == Boundary.None; k++)
                {
                    key += " " + tokens[i + k].Lower;
                    if (TryFind(key, out var longer)) best = new Candidate(longer, i, k + 1);
                }
            }
            if (best is null && TryFind(tokens[i].Lower, out var single)) best = new Candidate(single, i, 1);
            if (best is { } match)
            {
                found.Add(match);
                i += match.Length;
            }
            else i++;
        }
        return found;
    }

    /// <summary>
    /// Trade postings name a skill by what the work does to a thing: "lead a brigade of six", "write the weekly rota",
    /// "manage a £1.2m budget", "rotating chilled and fresh stock", "deal with complaints". A verb of a skill followed,
    /// a few words on in the same sentence, by one of its nouns is that skill.
    /// </summary>
    private void FindWork(List<Token> tokens, List<Candidate> found)
    {
        var added = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!work.TryGetValue(tokens[i].Lower, out var rules)) continue;
            foreach (var (phrase, nouns) in rules)
                for (var j = i + 1; j < Math.Min(tokens.Count, i + 1 + WorkReach) && tokens[j].Before != Boundary.Sentence; j++)
                    if (nouns.Contains(tokens[j].Lower))
                    {
                        found.Add(new Candidate(phrase, i, j - i + 1));
                        added = true;
                        break;
                    }
        }
        if (added) found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>A phrase as written, or its singular: "reconciliations" is "reconciliation", "unit tests" is "unit test".</summary>
    private bool TryFind(string key, out Phrase phrase)
    {
        if (phrases.TryGetValue(key, out phrase!)) return true;
        if (key.Length < 4 || key[^1] != 's' || key[^2] == 's') return false;
        return (key.EndsWith("ies", StringComparison.Ordinal) && phrases.TryGetValue(key[..^3] + "y", out phrase!))
            || phrases.TryGetValue(key[..^1], out phrase!);
    }

    /// <summary>
    /// An ordinary-word name (Go, Excel, Spark, Java) is the technology when it stands in a list beside skills the text
    /// has confirmed, or after an asking phrase, or when it is written as the technology writes it and technical words
    /// surround it, or mid-sentence in a text that names several unmistakable skills of its kind; never when the next
    /// word makes it a verb or an idiom ("excel at", "go to market", "Spark joy") or its sentence speaks of the everyday
    /// thing ("Java and espresso", "atrial flutter", "rust on deck fittings").
    /// </summary>
    private static bool MeansTechnology(Candidate c, List<Token> tokens, bool[] isSkill, bool[]? listable, bool migrationTarget, bool technicalText)
    {
        if (EverydaySense(c, tokens)) return false;
        var first = tokens[c.Start];
        var afterIndex = c.Start + c.Length;
        var after = afterIndex < tokens.Count && tokens[afterIndex].Before == Boundary.None ? tokens[afterIndex] : null;

        // A listed or asked-for word is a skill in any case ("ruby + rails", "knowledge of excel"), unless it is a
        // letter or two, which lower case makes a word again ("go", "r").
        var exact = c.ExactCase(tokens);
        if ((exact || c.Phrase.AmbiguousSpelling!.Length > 2) && (InListWithSkills(c, tokens, isSkill, exact ? listable : null) || AfterAskingPhrase(c, tokens)))
            return true;
        if (!exact) return false;
        if (migrationTarget || BeforeAskingWord(c, tokens) || NearTechnicalWords(c, tokens, isSkill)) return true;
        // In a technical text: mid-sentence, or a list item of its own ("- Docker"), unless a capitalised word makes it
        // part of a name ("Spring Pottery").
        var alone = afterIndex >= tokens.Count || tokens[afterIndex].Before == Boundary.Sentence;
        return technicalText && (first.Before != Boundary.Sentence || alone)
            && !(after is not null && char.IsUpper(after.Text[0]) && !isSkill[afterIndex] && !TechnicalWords.Contains(after.Lower));
    }

    /// <summary>"go to market", "excel at", "sous Chef", "atrial flutter", "Java beans": the words around it make it ordinary.</summary>
    private static bool EverydaySense(Candidate c, List<Token> tokens)
    {
        var afterIndex = c.Start + c.Length;
        if (afterIndex < tokens.Count && tokens[afterIndex].Before == Boundary.None && TrapAfter.Contains(tokens[afterIndex].Lower))
            return true;
        if (c.Start > 0 && tokens[c.Start].Before == Boundary.None && TrapBefore.Contains(tokens[c.Start - 1].Lower)) return true;
        return c.Phrase.OtherSenses is { } senses && SentenceHas(senses, c, tokens);
    }

    /// <summary>"We serve Java and espresso", "atrial flutter", "Ruby, Crystal or pearl": the sentence says which sense.</summary>
    private static bool SentenceHas(FrozenSet<string> words, Candidate c, List<Token> tokens)
    {
        for (var i = c.Start - 1; i >= Math.Max(0, c.Start - SentenceReach) && tokens[i + 1].Before != Boundary.Sentence; i--)
            if (words.Contains(tokens[i].Lower)) return true;
        for (var i = c.Start + c.Length; i < Math.Min(tokens.Count, c.Start + c.Length + SentenceReach) && tokens[i].Before != Boundary.Sentence; i++)
            if (words.Contains(tokens[i].Lower)) return true;
        return false;
    }

    private static bool InListWithSkills(Candidate c, List<Token> tokens, bool[] isSkill, bool[]? listable)
    {
        bool Listed(int i) => isSkill[i] || (listable is not null && listable[i]);
        int before = c.Start - 1, after = c.Start + c.Length;
        if (before >= 0 && tokens[c.Start].Before == Boundary.List && Listed(before)) return true;
        if (before >= 1 && tokens[c.Start].Before == Boundary.None && Joiners.Contains(tokens[before].Lower)
            && (tokens[before].Before == Boundary.None || (tokens[before].Before == Boundary.List && tokens[before].Lower != "with"))
            && Listed(before - 1)) return true;
        if (after < tokens.Count && tokens[after].Before == Boundary.List && Listed(after)) return true;
        return after + 1 < tokens.Count && tokens[after].Before == Boundary.None && Joiners.Contains(tokens[after].Lower)
            && tokens[after + 1].Before == Boundary.None && Listed(after + 1);
    }

    private static bool NearTechnicalWords(Candidate c, List<Token> tokens, bool[] isSkill)
    {
        for (var i = c.Start - 1; i >= Math.Max(0, c.Start - ContextWindow); i--)
        {
            if (tokens[i + 1].Before == Boundary.Sentence) break;
            if (isSkill[i] || TechnicalWords.Contains(tokens[i].Lower)) return true;
        }
        for (var i = c.Start + c.Length; i < Math.Min(tokens.Count, c.Start + c.Length + ContextWindow); i++)
        {
            if (tokens[i].Before == Boundary.Sentence) break;
            if (isSkill[i] || TechnicalWords.Contains(tokens[i].Lower)) return true;
        }
        return false;
    }

    /// <summary>"Excel skills", "Sage 200 experience", "strong Excel", "solid Java".</summary>
    private static bool BeforeAskingWord(Candidate c, List<Token> tokens)
    {
        if (c.Start > 0 && tokens[c.Start].Before == Boundary.None && Qualifiers.Contains(tokens[c.Start - 1].Lower)) return true;
        var next = c.Start + c.Length;
        if (next < tokens.Count && tokens[next].Before == Boundary.None && char.IsAsciiDigit(tokens[next].Lower[0])) next++;
        return next < tokens.Count && tokens[next].Before == Boundary.None && AskedNouns.Contains(tokens[next].Lower);
    }

    /// <summary>"experience with Go", "proficiency in Excel", "knowledge of R".</summary>
    private static bool AfterAskingPhrase(Candidate c, List<Token> tokens)
    {
        if (c.Start < 2 || tokens[c.Start].Before != Boundary.None) return false;
        var connector = tokens[c.Start - 1];
        return Connectors.Contains(connector.Lower) && connector.Before == Boundary.None && AskingWords.Contains(tokens[c.Start - 2].Lower);
    }

    /// <summary>
    /// Tokens inside "moved away from X", "migrating off X", "X is being replaced": skills the company left. And the
    /// word right after "... to", "... by", "... onto": what it moved to, which is a technology for sure.
    /// </summary>
    private static (bool[] Negated, bool[] Targets) Migrations(List<Token> tokens)
    {
        var negated = new bool[tokens.Count];
        var targets = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            var next = i + 1 < tokens.Count && tokens[i + 1].Before == Boundary.None ? tokens[i + 1].Lower : "";
            if (word == "no" && next == "longer")
                MarkForward(tokens, negated, targets, i + 2, NegationReach);
            else if (LeavingVerbs.Contains(word) && Previous(tokens, i, 2).Any(p => BeVerbs.Contains(p)))
            {
                MarkBackward(tokens, negated, i);
                if (next is "by" or "with" && i + 2 < tokens.Count) targets[i + 2] = true;
            }
            else if (word == "not" && next is "required" or "needed" or "necessary")
                MarkBackward(tokens, negated, i > 0 && BeVerbs.Contains(tokens[i - 1].Lower) ? i - 1 : i); // "(PALS not required)"
            else if (Refusals.Contains(word) && next is "need" or "needed" or "require" or "required")
                MarkForward(tokens, negated, targets, i + 2, NegationReach);
            else if (word is "not" or "no")
                MarkForward(tokens, negated, targets, i + 1, 1);
            else if ((MovingVerbs.Contains(word) && next is "from" or "off" or "away")
                || (word is "phasing" or "phased" && next == "out")
                || (word is "rid" && next == "of")
                || LeavingVerbs.Contains(word))
                MarkForward(tokens, negated, targets, i + 1, NegationReach);
        }
        return (negated, targets);
    }

    private static IEnumerable<string> Previous(List<Token> tokens, int i, int count)
    {
        for (var j = i - 1; j >= Math.Max(0, i - count); j--)
        {
            if (tokens[j + 1].Before == Boundary.Sentence) yield break;
            yield return tokens[j].Lower;
        }
    }

    private static void MarkForward(List<Token> tokens, bool[] negated, bool[] targets, int from, int reach)
    {
        for (var j = from; j < Math.Min(tokens.Count, from + reach); j++)
        {
            if (tokens[j].Before == Boundary.Sentence) return;
            if (j > from && NegationEnds.Contains(tokens[j].Lower))
            {
                if (MigrationTargets.Contains(tokens[j].Lower) && j + 1 < tokens.Count) targets[j + 1] = true;
                return;
            }
            negated[j] = true;
        }
    }

    private static void MarkBackward(List<Token> tokens, bool[] negated, int from)
    {
        for (var j = from - 1; j >= Math.Max(0, from - NegationReach); j--)
        {
            negated[j] = true;
            if (tokens[j].Before is Boundary.Sentence or Boundary.List) return;
        }
    }

    private static string PlainText(string text)
    {
        if (text.Contains('<'))
            text = WebUtility.HtmlDecode(BlockTag().Replace(InlineTag().Replace(text, ""), "\n"));
        return Text.Clean(text);
    }

    [GeneratedRegex(@"</?(?:b|i|em|strong|span|a|code|u|small|mark)(?:\s[^<>]{0,500})?>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"<[^<>]{0,500}>")]
    private static partial Regex BlockTag();

    private static List<Token> Tokenise(string text, SkillExtractor? known)
    {
        var tokens = new List<Token>();
        var pending = Boundary.Sentence;
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                pending = Stronger(pending, BoundaryAfter(text[i]));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            AddWord(text[start..i], ref pending, tokens, known);
        }
        return tokens;
    }

    private static void AddWord(string word, ref Boundary pending, List<Token> tokens, SkillExtractor? known)
    {
        // Trimmed by moving two ends, not by copying: a hostile "a-----…" word stays linear.
        int first = 0, last = word.Length;
        var endsSentence = false;
        void TrimEnd()
        {
            while (last - first > 1 && word[last - 1] is '.' or '-' or '/' or '&' or '\'' or '’' or '_')
                endsSentence |= word[--last] == '.';
        }
        TrimEnd();
        if (last - first > 2 && word[last - 2] is '\'' or '’' && word[last - 1] is 's' or 'S')
        {
            last -= 2; // "Django's." is Django
            TrimEnd();
        }
        while (last - first > 1 && (word[first] is '-' or '/' or '&' or '\'' or '’' or '_' || (word[first] == '.' && !char.IsLetter(word[first + 1]))))
            first++;
        word = word[first..last];
        // A lone "&" or "+" joins words ("health & safety", "ruby + rails"); any other lone mark separates them.
        if (word.Length == 1 && !char.IsLetterOrDigit(word[0]) && word[0] is not '&' and not '+')
        {
            pending = Stronger(pending, word[0] == '.' ? Boundary.Sentence : Boundary.List);
            return;
        }

        var lower = word.ToLowerInvariant();
        bool IsKnown(string key) => known is null || known.phrases.ContainsKey(key) || known.phraseStarts.Contains(key);
        if (!IsKnown(lower) && word.Contains('/'))
        {
            // The parts hold no slash, so this goes one level deep at most.
            foreach (var part in word.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                AddWord(part, ref pending, tokens, known);
                pending = Stronger(pending, Boundary.List);
            }
            pending = endsSentence ? Boundary.Sentence : Boundary.None;
            return;
        }
        // "React-based", at most a few deep: no real word stacks more, and a hostile one must not cost more.
        for (var strips = 0; strips < 3 && !IsKnown(lower) && lower.LastIndexOf('-') is > 0 and var dash
             && DescriptiveSuffixes.Contains(lower[(dash + 1)..]); strips++)
        {
            word = word[..dash];
            lower = lower[..dash];
        }
        tokens.Add(new Token(word, lower, pending));
        pending = endsSentence ? Boundary.Sentence : Boundary.None;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '+' or '#' or '.' or '-' or '/' or '&' or '_' or '\'' or '’' or '♯';

    private static Boundary BoundaryAfter(char c) => c switch
    {
        '\n' or '\r' or '!' or '?' or ':' => Boundary.Sentence,
        ',' or ';' or '|' or '(' or ')' or '[' or ']' or '•' or '·' or '*' or '\t' or '–' or '—' => Boundary.List,
        _ => Boundary.None,
    };

    private static Boundary Stronger(Boundary a, Boundary b) => a > b ? a : b;

    private enum Boundary { None, List, Sentence }

    private sealed record Token(string Text, string Lower, Boundary Before);

    /// <param name="OtherSenses">Words that, in the same sentence, show an ordinary-word name in its everyday sense.</param>
    private sealed record Phrase(Skill Skill, string? AmbiguousSpelling, int Length, FrozenSet<string>? OtherSenses);

    private readonly record struct Candidate(Phrase Phrase, int Start, int Length)
    {
        /// <summary>Written as the technology writes it ("Go", not "go"): ordinary words rarely are, mid-sentence.</summary>
        public bool ExactCase(List<Token> tokens) =>
            Phrase.AmbiguousSpelling is not { } spelling || Length > 1 || tokens[Start].Text == spelling;
    }

    private static FrozenSet<string> Words(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TrapAfter = Words(
        "at to beyond ahead quickly fast swiftly promptly joy belt of up out over through into under in the a an your our their " +
        "it this that immediately positively appropriately accordingly de du curiosity creativity interest conversations " +
        "delivery time mouth impact sure grade level suite turnaround response responses action consultants consultant concur " +
        "company companies sector industry firm firms provider providers site sites business businesses");
    private static readonly FrozenSet<string> TrapBefore = Words(
        "head sous pastry executive line private personal plan vitamin grade class type section category this next last early late " +
        "will can could should must la mr mrs ms dr miss atrial ventricular r");
    private static readonly FrozenSet<string> NonTechnicalCategories = Words("professional business_software design");

    private static readonly FrozenSet<string> Jewellery = Words(
        "jewellery jewelry jeweller jewellers jeweler jewelers gem gems gemstone gemstones sapphire sapphires diamond diamonds " +
        "pearl pearls emerald emeralds carat carats ring rings necklace necklaces bracelet earrings gold silver");

    // Declared after the sets it uses: static fields are set in the order they are written.
    private static readonly FrozenDictionary<string, FrozenSet<string>> OtherSenses = new Dictionary<string, FrozenSet<string>>
    {
        ["Java"] = Words("coffee coffees espresso espressos beans bean roast roasts roasted roaster roasters roastery blend blends brew " +
            "brews latte lattes cappuccino barista baristas café cafe cup cups filter island indonesia sumatra sumatran bali rhinoceros"),
        ["Spring"] = Words("season seasons seasonal summer autumn winter weather blossom blossoms bulbs planting planted lawn garden " +
            "term half-term wedding weddings lamb water mattress mattresses coil coils suspension"),
        ["Flutter"] = Words("atrial fibrillation arrhythmia arrhythmias rhythm rhythms ventricular heart cardiac ecg ekg telemetry af " +
            "palpitations cardiologist"),
        ["Swift"] = Words("payment payments transfer transfers wire bic iban gulliver satirist"),
        ["Rust"] = Words("corrosion corroded chip treat treated paint painting coating coatings converter sills subframes hull deck " +
            "vessel steelwork"),
        ["Ruby"] = Jewellery, ["Perl"] = Jewellery, ["Crystal"] = Jewellery,
        ["Chef"] = Words("kitchen kitchens cook cooks cooking menu menus restaurant sous brigade cuisine dishes pastry"),
        ["Puppet"] = Words("puppets show shows theatre puppetry nursery"),
        ["Salt"] = Words("pepper kitchen menu restaurant seasoning rim grit gritting"),
        ["Express"] = Words("parcel parcels delivery deliveries courier couriers martini martinis store stores hub hubs"),
        ["Elm"] = Words("oak beech ash tree trees hedge hedges pruning"),
        ["Spark"] = Words("plug plugs ignition joy curiosity"),
        ["Kafka"] = Words("novel novels author fiction literature trial castle metamorphosis"),
        ["Hive"] = Words("bee bees honey colony colonies apiary apiaries beekeeping beekeeper queen brood"),
        ["Pig"] = Words("pigs herd farm farrowing pork livestock"),
        ["Docker"] = Words("dock docks dockers trailers trousers denim chinos"),
        ["Scala"] = Words("la opera teatro milan"),
        ["Dart"] = Words("darts pub board"),
        ["Mocha"] = Words("coffee latte espresso café cafe chocolate"),
        ["Valuation"] = Words("surveyor surveyors viewings viewing appointments appointment goldsmith jewellery property properties"),
        ["Celery"] = Words("carrots onions vegetables vegetable soup"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A skill, the verbs of its work and the things they act on ("run the bar team", "rotate stock").</summary>
    private static readonly (string Skill, string Verbs, string Nouns)[] WorkRules =
    [
        ("Team leadership", "lead leading manage managing supervise supervising run running oversee overseeing",
            "team brigade crew crews"),
        ("Scheduling", "write writing plan planning manage managing prepare preparing produce producing build building keep " +
            "keeping do doing organise organising organize organizing set setting", "rota rotas roster rosters"),
        ("Scheduling", "manage managing", "calendar calendars diary diaries"),
        ("Budgeting", "manage managing prepare preparing set setting own owning control controlling hold holding plan planning",
            "budget budgets"),
        ("Inventory management", "order ordering manage managing control controlling rotate rotating count counting", "stock"),
        ("Customer service", "deal dealing handle handling resolve resolving", "complaint complaints"),
        ("Customer service", "serve welcome greet assist", "customer customers guests"),
        ("Medication administration", "administer administering give giving dispense dispensing support supporting assist " +
            "assisting prompt prompting", "medication medications medicines"),
        ("Caregiving", "help helping assist assisting support supporting", "dressing bathing toileting"),
        ("Material handling", "move moving stack stacking put putting lift lifting handle handling wrap wrapping",
            "pallet pallets materials loads"),
        ("Lesson planning", "plan plans planning prepare preparing", "lesson lessons"),
        ("Vendor management", "manage managing oversee overseeing coordinate coordinating build building",
            "subcontractor subcontractors supplier suppliers contractors vendor vendors"),
        ("Contract management", "manage managing", "contracts"),
        ("Food preparation", "prepare preparing cook cooking prep prepping", "dishes meals food"),
        ("Cash handling", "open opening operate operating balance balancing work working run running", "till tills"),
    ];

    private static readonly FrozenSet<string> Joiners = Words("and or & + plus with");
    private static readonly FrozenSet<string> Qualifiers = Words("strong solid advanced excellent proficient");
    private static readonly FrozenSet<string> AskedNouns = Words("skills experience knowledge proficiency expertise");
    private static readonly FrozenSet<string> Connectors = Words("in with of using on");
    private static readonly FrozenSet<string> AskingWords = Words(
        "experience experienced proficiency proficient knowledge expertise familiarity familiar skills skilled fluency fluent " +
        "background competence competency work working hands-on strong solid comfortable confident");
    private static readonly FrozenSet<string> TechnicalWords = Words(
        "programming program programs language languages developer developers development engineer engineers engineering " +
        "framework frameworks library libraries stack code coding codebase codebases backend back-end frontend front-end " +
        "microservices microservice services service api apis sdk ios android mobile app apps software web server servers " +
        "spreadsheets spreadsheet formulas formula pivot vlookup macros vba workbooks statistics statistical tidyverse shiny " +
        "ggplot2 modelling modeling game games engine gameplay 3d 2d scripting scripts script components hooks cluster clusters " +
        "pipelines pipeline tooling widgets goroutines concurrency compiler cookbooks manifests recipes jobs streaming batch " +
        "firmware embedded microcontrollers rdd dataframes notebooks boot written");
    private static readonly FrozenSet<string> MovingVerbs = Words(
        "moved moving move migrated migrating migrate switched switching switch transitioned transitioning shifted shifting " +
        "away");
    private static readonly FrozenSet<string> LeavingVerbs = Words(
        "replaced replacing retired retiring deprecated deprecating sunset sunsetting decommissioned decommissioning " +
        "ditched ditching abandoned abandoning");
    private static readonly FrozenSet<string> Refusals = Words("not no never won't don't doesn't won’t don’t doesn’t");
    private static readonly FrozenSet<string> BeVerbs = Words("is was are were been being be");
    private static readonly FrozenSet<string> NegationEnds = Words(
        "to onto into towards toward for with by in because since as which that but so we our now while where");
    private static readonly FrozenSet<string> MigrationTargets = Words("to onto into towards toward by with");
    private static readonly FrozenSet<string> DescriptiveSuffixes = Words(
        "based native driven powered first focused centric heavy savvy certified compatible related backed oriented friendly controlled");
}
