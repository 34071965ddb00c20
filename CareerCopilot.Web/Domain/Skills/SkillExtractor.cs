using System.Collections.Frozen;
using System.Net;
using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Skills;

/// <summary>
/// Finds the catalogue's skills in free text such as a job description. Symbol names (C#, .NET, CI/CD) and
/// multi-word names are matched as whole tokens; slash lists are split; a name that is also an ordinary word (Go,
/// Excel, Spark) counts only where the text shows it means the technology; a technology the text says was left
/// behind does not count.
/// </summary>
public sealed partial class SkillExtractor
{
    private const int MaxPhraseTokens = 6;
    private const int ContextWindow = 3;
    private const int NegationReach = 8;
    private const int SkillsOfATechnicalText = 3;

    /// <summary>A job's description and responsibilities together; anything longer is read only this far.</summary>
    public const int MaxTextLength = 50_000;

    private readonly FrozenDictionary<string, Phrase> phrases;
    private readonly FrozenSet<string> phraseStarts;

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
                    map.TryAdd(string.Join(' ', variant), new Phrase(skill, ambiguous, variant.Count));
                    if (variant.Count > 1) starts.Add(variant[0]);
                }
            }
        phrases = map.ToFrozenDictionary(StringComparer.Ordinal);
        phraseStarts = starts.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The skills the text asks for, canonical names in order of first mention.</summary>
    public IReadOnlyList<string> Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var tokens = Tokenise(PlainText(text.Length > MaxTextLength ? text[..MaxTextLength] : text), this);
        var candidates = FindCandidates(tokens);
        // Neighbours that make a list: any skill but a short ordinary word in the wrong case ("go", "r").
        var isSkill = new bool[tokens.Count];
        foreach (var c in candidates)
            if (c.Phrase.AmbiguousSpelling is not { Length: <= 2 } || c.ExactCase(tokens))
                isSkill[c.Start] = isSkill[c.Start + c.Length - 1] = true;
        var (negated, targets) = Migrations(tokens);
        var technicalText = candidates.Where(c => c.Phrase.AmbiguousSpelling is null).Select(c => c.Phrase.Skill).Distinct()
            .Count() >= SkillsOfATechnicalText;

        // A skill mentioned once as left behind and once as wanted is wanted: only the wanted mention counts.
        return candidates
            .Where(c => !negated[c.Start] && (c.Phrase.AmbiguousSpelling is null || MeansTechnology(c, tokens, isSkill, targets[c.Start], technicalText)))
            .SelectMany(c => c.Phrase.Skill.PartOf is { } cloud ? [c.Phrase.Skill.Name, cloud] : new[] { c.Phrase.Skill.Name })
            .Distinct().ToList();
    }

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

    /// <summary>A phrase as written, or its singular: "reconciliations" is "reconciliation", "unit tests" is "unit test".</summary>
    private bool TryFind(string key, out Phrase phrase)
    {
        if (phrases.TryGetValue(key, out phrase!)) return true;
        if (key.Length < 4 || key[^1] != 's' || key[^2] == 's') return false;
        return (key.EndsWith("ies", StringComparison.Ordinal) && phrases.TryGetValue(key[..^3] + "y", out phrase!))
            || phrases.TryGetValue(key[..^1], out phrase!);
    }

    /// <summary>
    /// An ordinary-word name (Go, Excel, Spark) is the technology when it stands in a list beside other skills, or when
    /// it is written as the technology writes it and technical words surround it, or mid-sentence in a text that names
    /// several unmistakable skills; never when the next word makes it a verb or an idiom ("excel at", "go to market",
    /// "Spark joy").
    /// </summary>
    private static bool MeansTechnology(Candidate c, List<Token> tokens, bool[] isSkill, bool migrationTarget, bool technicalText)
    {
        var first = tokens[c.Start];
        var afterIndex = c.Start + c.Length;
        if (afterIndex < tokens.Count && tokens[afterIndex].Before == Boundary.None && TrapAfter.Contains(tokens[afterIndex].Lower))
            return false;
        if (c.Start > 0 && first.Before == Boundary.None && TrapBefore.Contains(tokens[c.Start - 1].Lower)) return false;

        // A listed or asked-for word is a skill in any case ("ruby + rails", "knowledge of excel"), unless it is a
        // letter or two, which lower case makes a word again ("go", "r").
        var exact = c.ExactCase(tokens);
        if ((exact || c.Phrase.AmbiguousSpelling!.Length > 2) && (InListWithSkills(c, tokens, isSkill) || AfterAskingPhrase(c, tokens)))
            return true;
        return exact && (migrationTarget || NearTechnicalWords(c, tokens, isSkill) || (technicalText && first.Before != Boundary.Sentence));
    }

    private static bool InListWithSkills(Candidate c, List<Token> tokens, bool[] isSkill)
    {
        int before = c.Start - 1, after = c.Start + c.Length;
        if (before >= 0 && tokens[c.Start].Before == Boundary.List && isSkill[before]) return true;
        if (before >= 1 && tokens[c.Start].Before == Boundary.None && Joiners.Contains(tokens[before].Lower)
            && tokens[before].Before is Boundary.None or Boundary.List && isSkill[before - 1]) return true;
        if (after < tokens.Count && tokens[after].Before == Boundary.List && isSkill[after]) return true;
        return after + 1 < tokens.Count && tokens[after].Before == Boundary.None && Joiners.Contains(tokens[after].Lower)
            && tokens[after + 1].Before == Boundary.None && isSkill[after + 1];
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

    private sealed record Phrase(Skill Skill, string? AmbiguousSpelling, int Length);

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
        "delivery time mouth impact sure grade level suite turnaround response responses action");
    private static readonly FrozenSet<string> TrapBefore = Words(
        "head sous pastry executive line private personal plan vitamin grade class type section category this next last early late " +
        "will can could should must");
    private static readonly FrozenSet<string> Joiners = Words("and or & + plus");
    private static readonly FrozenSet<string> Connectors = Words("in with of using on");
    private static readonly FrozenSet<string> AskingWords = Words(
        "experience experienced proficiency proficient knowledge expertise familiarity familiar skills skilled fluency fluent " +
        "background competence competency work working hands-on strong solid");
    private static readonly FrozenSet<string> TechnicalWords = Words(
        "programming program programs language languages developer developers development engineer engineers engineering " +
        "framework frameworks library libraries stack code coding codebase codebases backend back-end frontend front-end " +
        "microservices microservice services service api apis sdk ios android mobile app apps software web server servers " +
        "spreadsheets spreadsheet formulas formula pivot vlookup macros vba workbooks statistics statistical tidyverse shiny " +
        "ggplot2 modelling modeling game games engine gameplay 3d 2d scripting scripts script components hooks cluster clusters " +
        "pipelines pipeline tooling widgets goroutines concurrency compiler cookbooks manifests recipes jobs streaming batch " +
        "firmware embedded microcontrollers rdd dataframes notebooks boot beans written");
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
        "based native driven powered first focused centric heavy savvy certified compatible related backed oriented friendly");
}
