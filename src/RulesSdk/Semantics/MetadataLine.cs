using System.Text.RegularExpressions;

namespace RulesSdk.Semantics;

/// <summary>
/// Whether a closing line is publication metadata rather than prose: once its dates are blanked out,
/// what is left holds only publication words ("Publié le", "Updated", "Filed"), a relative time ("il y a
/// 2 heures", "3 hours ago"), a reading time or word count ("3 min de lecture", "2 min read", "650 mots"),
/// rights ("© 2024, tous droits réservés"), separators, numbers and a short byline or place in capitals
/// ("par la rédaction", "By Staff Reporter", "– Colmar"). The line needs an anchor: a date, a relative
/// time ("hier à 18h02" too) or a reading time. A release site's labelled line ("Tags: …", "Published in
/// sections: …", "Mots-clés : …", "Source: …") is metadata whatever its list holds, and a short line
/// that is no sentence ("Kremlin, Moscow", "Text version") is metadata in a closing run of such lines
/// that holds an anchored or labelled one.
/// </summary>
internal static partial class MetadataLine
{
    // The endings of the sites' names a closing line cites, shared by the domain of a segment and a domain inside a line.
    private const string TopLevelDomains = "(?:ru|ua|com|org|net|fr|uk|eu|int|gov|info|io|de|be|ch|ca)";

    /// <summary>Capitalised words allowed in one line: a byline ("Sports Desk") or a place ("Colmar").</summary>
    private const int MaxNameWords = 4;

    /// <param name="rest">The line with its dates blanked out.</param>
    /// <param name="hasDate">Whether a date (or a full time) was blanked out.</param>
    public static bool IsMetadata(string rest, bool hasDate)
    {
        // "— Name (@handle) October 20, 2024" closes an embedded post, not the article.
        if (EmbeddedPost.IsAttributionLine(rest))
        {
            return false;
        }

        // "Photo : Reuters/Jean Dupont, le 13 juin 2024": a picture's credit dates the picture, not the article.
        if (CreditLabel().IsMatch(rest) && !PublicationWord().IsMatch(rest))
        {
            return false;
        }

        var anchored = hasDate;
        rest = Anchor().Replace(rest, m =>
        {
            anchored = true;
            return new string(' ', m.Length);
        });

        if (!anchored)
        {
            return false;
        }

        // A site's name ("Kremlin.ru", "president.gov.ua") is a source, not prose.
        rest = InlineDomain().Replace(rest, m => new string(' ', m.Length));
        var names = 0;
        foreach (Match word in Word().Matches(rest))
        {
            var value = word.Value;
            if (MetadataWord().IsMatch(value) || value.All(char.IsDigit))
            {
                continue;
            }

            // A capitalised word is a byline or a place; a lower-case word that is not a publication word is prose.
            if (!char.IsUpper(value[0]) || ++names > MaxNameWords)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A labelled metadata line of a release site or a paraphraser: "Tags: harvest, drought", "Topics:
    /// Foreign policy", "Persons: Putin Vladimir", "Published in sections: News", "Source: kremlin.ru",
    /// "Rubrique : Politique". The list after the label may hold any words, but no sentence.
    /// </summary>
    public static bool IsLabelled(string line) =>
        line.Length <= 160 && MetadataLabel().IsMatch(line) && !SentenceEnd().IsMatch(line) && !FirstOrSecondPerson().IsMatch(line);

    /// <summary>
    /// A rights line: a copyright notice ("© Ukrinform News Agency 2026", "Copyright 2024 Reuters", "(c) AFP") or the
    /// licence a text is published under ("This article is available under a Creative Commons Attribution 4.0
    /// International licence.", « Ce texte est publié sous licence Creative Commons Attribution 2.5. »). A sentence
    /// that only mentions a licence among other news ("The court ruled the licence invalid") is none: the licence
    /// must be named (Creative Commons, CC BY, GFDL) or the line must open on the copyright sign.
    /// </summary>
    public static bool IsRightsLine(string line) =>
        line.Length <= 200 && !FirstOrSecondPerson().IsMatch(line) && (Copyright().IsMatch(line) || Licence().IsMatch(line));

    /// <summary>
    /// A byline that gives the writer's address: "By Oksana Marchenko, staff reporter (oksana.marchenko@example.com)",
    /// « Par Julien Marchand, correspondant à Séoul — j.marchand@example.fr ». A name after "By"/« Par » and an e-mail
    /// address, on a short line in the third person: the newsroom's furniture, not the article's.
    /// </summary>
    public static bool IsBylineWithAddress(string line) =>
        line.Length <= 160 && !line.TrimEnd().EndsWith('.') && !SentenceEnd().IsMatch(line) && !FirstOrSecondPerson().IsMatch(line) && BylineWithAddress().IsMatch(line);

    [GeneratedRegex(@"\A[\s*_]*(?:by|par|text\s+by|texte\s+de|reporting\s+by|written\s+by|propos\s+recueillis\s+par)\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}\b[^\n]{0,80}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BylineWithAddress();

    /// <summary>
    /// A short line that is no sentence: a place ("Kremlin, Moscow", "Kharkiv region"), an issuer ("Press
    /// Office of the President"), a site's link text ("Text version"). Capitalised words, function words
    /// and metadata words, at most one other lower-case word; no end punctuation, no colon, digit, quotation
    /// mark, list marker or handle. Metadata only inside a closing run that holds an anchored line.
    /// </summary>
    public static bool IsFragment(string line)
    {
        if (line.Length > 60 || FragmentExcluded().IsMatch(line))
        {
            return false;
        }

        var words = Word().Matches(line);
        if (words.Count is 0 or > 8 || !char.IsUpper(words[0].Value[0]))
        {
            return false;
        }

        var lowerCase = 0;
        foreach (Match word in words)
        {
            var value = word.Value;
            if (!char.IsUpper(value[0]) && !FunctionWord().IsMatch(value) && !MetadataWord().IsMatch(value) && ++lowerCase > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A release site's link or button left in the text ("Text version", "Print version", "Version
    /// imprimable"): a fragment that anchors a closing run by itself, so that it is still flagged once
    /// the dated line before it is deleted.
    /// </summary>
    public static bool IsSiteChrome(string line) => IsFragment(line) && SiteChrome().IsMatch(line);

    /// <summary>
    /// A closing line of a site's furniture in segments ("Article publié le 12/07/2012 · Lecture : 3 min · 2
    /// commentaires", "Photo: Office of the President / 7 March 2022", "#Ukraine #ForeignLegion", "Share this
    /// article Facebook · Twitter · Telegram"): split at its separators and before a label, every segment is a
    /// label and its value, hashtags, a domain, a count with its unit, a date or time, a social network, or a
    /// short name; at least one is more than a name. A line of hashtags or a labelled credit is one by itself.
    /// </summary>
    public static bool IsSegmented(string line)
    {
        if (line.Length > 240 || FirstOrSecondPerson().IsMatch(line))
        {
            return false;
        }

        var segments = SegmentSeparator().Split(line.Trim().TrimStart('—', '–', '-', ' ').TrimEnd('.', ' '));
        var substantive = false;
        var dated = false;
        var titles = 0;
        foreach (var raw in segments)
        {
            var segment = raw.Trim().TrimEnd('.', ',', ';');
            if (segment.Length == 0)
            {
                continue;
            }

            // "Photo: Reuters/John Smith, June 13, 2024": a dated credit dates the picture, not the article.
            if (CreditLabel().IsMatch(segment) && DigitYear().IsMatch(segment))
            {
                return false;
            }

            var label = DatedLabel().Match(segment);
            var when = label.Success ? BareDate().IsMatch(label.Groups["date"].Value) : IsDateSegment(segment);
            var metadata = when
                || (!label.Success && (SegmentLabel().IsMatch(segment) || MetadataLabel().IsMatch(segment)
                    ? !SentenceEnd().IsMatch(segment)
                    : Hashtags().IsMatch(segment) || Domain().IsMatch(segment) || CountWithUnit().IsMatch(segment)));
            if (metadata)
            {
                substantive = true;
                dated |= when;
            }
            else if (!SocialNetwork().IsMatch(segment) && !IsFragment(segment))
            {
                // A name beside a date, the event or section a dateline closes with ("Diplomacy 30",
                // "Forum mondial de la langue française"): allowed only once the line is dated.
                if (!IsTitleSegment(segment))
                {
                    return false;
                }

                titles++;
            }
        }

        return substantive && (titles == 0 || dated);
    }

    /// <summary>
    /// A segment that dates the line: a bare date or time, a year alone ("2021"), or a place before it
    /// ("Londres, 05/07/2012", "Tombouctou (Mali), 2 juillet 2012", "Québec, le 4 juillet 2012").
    /// </summary>
    private static bool IsDateSegment(string segment)
    {
        if (BareDate().IsMatch(segment) || YearAlone().IsMatch(segment))
        {
            return true;
        }

        var placed = PlaceAndDate().Match(segment);
        return placed.Success && IsFragment(placed.Groups["place"].Value) && BareDate().IsMatch(placed.Groups["date"].Value);
    }

    /// <summary>
    /// The short name of an event, a series or a section in a dated line ("Diplomacy 30", "Normandy format",
    /// "Forum mondial de la langue française"): a capital first, at most six words, three of them lower-case
    /// words that are no function words, a number only as the last word; no end punctuation, colon or quotation.
    /// </summary>
    private static bool IsTitleSegment(string segment)
    {
        if (segment.Length > 60 || TitleExcluded().IsMatch(segment))
        {
            return false;
        }

        var words = Word().Matches(segment);
        if (words.Count is 0 or > 6 || !char.IsUpper(words[0].Value[0]))
        {
            return false;
        }

        var lowerCase = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var value = words[i].Value;
            if (value.Any(char.IsDigit))
            {
                if (i != words.Count - 1 || !value.All(char.IsDigit))
                {
                    return false;
                }
            }
            else if (!char.IsUpper(value[0]) && !FunctionWord().IsMatch(value) && !MetadataWord().IsMatch(value) && ++lowerCase > 3)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\A(?:19|20)\d{2}\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YearAlone();

    // "Londres, 05/07/2012", "Québec, le 4 juillet 2012", "Kyiv, on 3 December 2024": a place, a comma, the date.
    [GeneratedRegex(@"\A(?<place>[^,\d]{2,60}?),\s*(?:(?:le|on)\s+)?(?<date>\S.*)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"[.!?…:;,]\s*\z|[:""“”«»@#]|\A\s*(?:[-–—•*·>]|\d+[.)])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TitleExcluded();

    // Between segments: a middle dot, a bar, a bullet, a spaced slash or dash, or just before a label that
    // starts a new segment with its capital ("… 18 h 10 Partager : Facebook").
    [GeneratedRegex(@"\s*[·|•]\s*|\s+[/—–]\s+|\s+(?=(?:Partager|Share\s+this|Lire\s+aussi|Read\s+(?:also|more)|Cat[ée]gor(?:y|ies|ie|ies)|Mots-cl[ée]s|Tags?|Cr[ée]dit\s+photo|Photo|Source|Lien\s+permanent|Temps\s+de\s+lecture|Reading\s+time|Mise\s+à\s+jour|Updated|Last\s+modified)\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SegmentSeparator();

    // A label and its colon, or one of the few labels written without one, with what they take: a date
    // ("Publié le 12/07/2012"), nothing or the networks ("Share this article"), the wires ("Rédigé à partir de
    // dépêches AFP").
    [GeneratedRegex(@"\A[(\[]?(?:(?:article\s+)?(?:tags?|topics?|keywords?|categor(?:y|ies)|cat[ée]gories?|mots[-\s]cl[ée]s|rubriques?|sources?|photos?|cr[ée]dits?(?:\s+photo)?|images?|lire\s+aussi|read\s+(?:also|more)|see\s+also|voir\s+aussi|partager(?:\s+(?:cet\s+article|cette\s+page|l[’']article))?|share|lien\s+permanent|permalink|temps\s+de\s+lecture|reading\s+time|lecture|(?:derni[èe]re\s+)?mise\s+à\s+jour|updated|last\s+(?:modified|updated)|published|publication(?:\s+initiale)?|word\s+count|licen[cs]e)\s*:|share\s+this(?:\s+(?:article|story|page))?\b|r[ée]dig[ée]e?\s+à\s+partir\s+(?:de|des)\s+(?:dépêches|informations|sources)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SegmentLabel();

    // "Publié le 12/07/2012", "Article rédigé le 18/10/2012": a label without a colon takes a date and nothing else.
    [GeneratedRegex(@"\A(?:article\s+)?(?:publi[ée]e?|modifi[ée]e?|r[ée]dig[ée]e?|mise?\s+en\s+ligne|mise?\s+à\s+jour|posted|published|updated)(?:\s+(?:le|on))?\s+(?<date>\d.*)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatedLabel();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DigitYear();

    [GeneratedRegex(@"\A(?:#[\p{L}\d_]+\s*){1,12}\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Hashtags();

    [GeneratedRegex(@"\b(?:https?://)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\." + TopLevelDomains + @"\b(?:/\S*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InlineDomain();

    [GeneratedRegex(@"\A(?:https?://)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\." + TopLevelDomains + @"(?:/\S*)?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Domain();

    [GeneratedRegex(@"\A(?:\d[\d\s.,]*\s*(?:commentaires?|comments?|vues|views|mots|words|min(?:utes?)?(?:\s+(?:de\s+lecture|read))?)|\d+[-\s]min(?:ute)?s?\s+read)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CountWithUnit();

    [GeneratedRegex(@"\A(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{4}|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4})?(?:,?\s*(?:à\s+|at\s+)?\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:utc|gmt|cet|msk|eet|kyiv\s+time))?)?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareDate();

    [GeneratedRegex(@"\A(?:facebook|twitter|x|telegram|courriel|e-?mail|linkedin|whatsapp|imprimer|print|vk|viber)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SocialNetwork();

    [GeneratedRegex(@"\A\s*(?:(?:text|print|printable|mobile|full)\s+version|version\s+(?:texte|imprimable|mobile|compl[èe]te)|permalink|lien\s+permanent)\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SiteChrome();

    [GeneratedRegex("""
        \A[\s\p{P}\p{S}-[:]]*(?:
          (?:article\s+)?tags?|topics?|themes?|subjects?|keywords?|key\s+words|persons?|people|categor(?:y|ies)|sections?
        | published\s+in(?:\s+(?:sections?|categor(?:y|ies)))?|filed\s+(?:under|in)|posted\s+in|sources?|locations?|dateline
        | mots[-\s]cl[ée]s|th[èe]mes?|rubriques?|cat[ée]gories?|personnes?|personnalit[ée]s|lieux?|sujets?
        | publi[ée]e?\s+dans(?:\s+(?:les\s+)?rubriques?)?|class[ée]e?\s+dans
        | authors?|auteure?s?|autrices?|byline|dates?|[ée]tiquettes?|labels?
        )\s*:\s*\S
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetadataLabel();

    // A full stop, "!" or "?" after a word and before another: the line holds a sentence, not a list.
    [GeneratedRegex(@"\p{Ll}{2,}[.!?]\s+\p{Lu}|[!?]\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<![\p{L}’'])(?:I|I[’'](?:m|ve|d|ll)|me|my|we|our|you|your|je|j[’']|nous|vous|mon|ma|mes|notre|nos|votre|vos)(?![\p{L}’'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FirstOrSecondPerson();

    [GeneratedRegex(@"[.!?…:;,]\s*\z|[:\d""“”«»@#]|\A\s*(?:[-–—•*·>]|\d+[.)])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FragmentExcluded();

    [GeneratedRegex(@"^(?:of|the|and|in|on|for|at|to|de|du|des|d[’']|la|le|les|l[’']|et|en|aux?|sur|pour|region|oblast|district|province|city|office|press|service|région|département|ville|bureau|presse)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FunctionWord();

    // A relative time or a reading time: each anchors a metadata line as a date does. "hier à" is read
    // after the dates were blanked out, so its time ("18h02") is the run of spaces after it.
    [GeneratedRegex("""
        (?<![\p{L}\d])(?:
          il\s+y\s+a\s+\d+\s*(?:secondes?|s|minutes?|min|mn|heures?|h|jours?|j|semaines?|mois|ans?)
        | \d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?)\s+ago
        | (?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*(?:min(?:utes?)?|mn)\.?
        | reading\s+time\s*:?\s*\d+\s*(?:min(?:ute)?s?)\.?
        | \d+\s*(?:min(?:ute)?s?|mn)\.?\s*(?:de\s+lecture|read|reading(?:\s+time)?)
        | \d[\d\s.,]*\s*(?:mots|words)
        | (?:hier|aujourd[’']hui|avant-hier|yesterday|today)\s*,?\s*(?:à|at)(?=\s{4,})
        | (?:maj|màj|mis\s+à\s+jour|actualisé|publié|updated|posted|published)\s+(?:le|on)?\s*[0-3]?\d[/.][01]?\d(?![/.]?\d)
        )(?![\p{L}\d])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"\A\s*[(\[]?\s*(?:photos?|images?|illustrations?|cr[ée]dits?(?:\s+photo)?|vid[ée]os?|l[ée]gende|caption)\s*[:/–—-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"\b(?:publi\p{L}*|updated?|posted|filed|modifi\p{L}*|actualis\p{L}*|mis\p{L}*\s+(?:à\s+jour|en\s+ligne)|maj|màj)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PublicationWord();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d’'\-]*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:publi[ée]e?s?|publication|date|cet|cette|ce|été|maj|màj|modification|actualis[ée]e?|actualisation|this|was|has|been|story|page|de|du|des|le|la|les|l[’']|d[’']|mis|mise|à|a|jour|jours|en|ligne|modifi[ée]e?|derni[èe]re|dernier|article|et|par|heure|heures|paris|locale|h|min|minutes?|mn|lecture|mots|signes|r[ée]daction|r[ée]dacteur|r[ée]dactrice|correspondante?|envoy[ée]e?|sp[ée]ciale?|agence|avec|source|sources|photo|cr[ée]dit|tous|droits|r[ée]serv[ée]s|mots-cl[ée]s|cat[ée]gorie|rubrique|cr[ée][ée]e?|[ée]crit|updated?|published|posted|filed|last|first|on|at|by|of|modified|edited|and|the|time|initialement|initially|originally|local|am|pm|version|read|reading|words|staff|desk|reporter|correspondent|agency|with|credit|all|rights|reserved|copyright|tags?|category|section|created|written|utc|gmt|cet|cest|bst|est|edt|cst|cdt|pst|pdt|et|pt|z)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetadataWord();

    // "© Agence France-Presse 2026", "(c) 2024 Reuters", "Copyright 2024, BBC": the sign, then names and a year, no sentence.
    [GeneratedRegex(@"\A(?:©|\([cC]\)|[Cc]opyright\b)\s*(?:\d{4}\s*,?\s*)?(?:\p{Lu}[\p{L}\p{Nd}.&’'-]*|of|de|du|des|the|and|et|la|le|l[’'])(?:[\s,]+(?:\p{Lu}[\p{L}\p{Nd}.&’'-]*|of|de|du|des|the|and|et|la|le|l[’']\p{Lu}[\p{L}-]*))*(?:\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s*[.,]?\s*(?i:all\s+rights\s+reserved|tous\s+droits\s+r[ée]serv[ée]s))?\.?\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Copyright();

    // A text's licence, named: "… under a Creative Commons Attribution 4.0 International licence.", « … sous licence CC BY-SA 3.0. »
    [GeneratedRegex(@"(?i)\A(?:this|the|ce|cet|cette|le|la|l[’'])\s*(?:article|text|story|texte|contenu|content|dépêche|page)\b[^\n.]{0,60}?\b(?:under|sous)\s+(?:(?:a|the|une?|la)\s+)?(?:licen[cs]e\s+)?(?:creative\s+commons|cc[\s-]by|gfdl|gnu\s+free\s+documentation)\b[^\n]{0,80}\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Licence();
}
