#include "summarize/decision_rules.h"

#include <QStringList>

namespace vr::summarize {
namespace {

QRegularExpression rx(const char* pattern)
{
    QRegularExpression r(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
    r.optimize();
    return r;
}

} // namespace

const std::vector<LeadInRule>& leadInRules()
{
    // All patterns see lower-cased text with markdown emphasis removed and dashes unified to '-'.
    static const std::vector<LeadInRule> rules{
        {"revision",
         rx(R"(\b(?:change|changing|revise|revising|update|updating|switch|switching|move|moving|raise|raising|lower|lowering|adjust|adjusting)\s+my\s+(?:rating|answer|score|position|choice|decision)\s+(?:from\s+\d\s+)?to\s*[(\[#]?\s*$)"),
         true},
        {"revision", rx(R"(\b(?:i\s+now\s+(?:rate|say|choose|pick)|my\s+new\s+(?:rating|answer|score)\s+(?:is|would be)?\s*:?)\s*[(\[#]?\s*$)"), true},
        {"explicit_statement",
         rx(R"(\b(?:rating|score|decision|answer|choice|verdict|position|bewertung|evaluation|note|calificaci[oó]n|valutazione)(?:\s+(?:is|of|would be|will be|remains|stays|here is|here's|stands at|=))?\s*[:=\-]?\s*(?:a\s+|an\s+)?[(\[#]?\s*$)"),
         false},
        {"explicit_statement",
         rx(R"(\bi(?:'d|\s+would|\s+will|'ll|\s+do|\s+still|\s+therefore|\s+ultimately|\s+must)?\s+(?:choose|chose|pick|select|go\s+with|opt\s+for|rate\s+(?:this|it|the\s+situation|the\s+dilemma)?\s*(?:as\s+)?(?:an?\s+)?|land\s+(?:at|on)|give\s+(?:it|this)\s*(?:an?\s+)?|say|stay\s+with|stick\s+with|settle\s+on|vote\s+for|come\s+down\s+(?:at|on))\s*(?:option\s*|number\s*)?[(\[#]?\s*$)"),
         false},
        {"explicit_statement", rx(R"(\b(?:option|choice|number)\s*[(\[#]?\s*$)"), false},
        // "I think a 4 is right", "this is a 2", "I'd say it's a 4": a number with an article is a grade.
        {"explicit_statement", rx(R"(\b(?:is|it's|that's|at|as|think|call\s+it|say|be|land|give\s+(?:it|this))\s+(?:a|an)\s+[(\[#]?\s*$)"), false},
    };
    return rules;
}

bool mayEndLeadIn(const QString& text, qsizetype i)
{
    qsizetype end = i;
    while (end > 0) {
        const QChar c = text[end - 1];
        if (c == QLatin1Char(' ') || c == QLatin1Char(':') || c == QLatin1Char('=') || c == QLatin1Char('-') || c == QLatin1Char('(')
            || c == QLatin1Char('[') || c == QLatin1Char('#') || c == QLatin1Char('\n'))
            --end;
        else
            break;
    }
    qsizetype begin = end;
    while (begin > 0 && (text[begin - 1].isLetter() || text[begin - 1] == QLatin1Char('\''))) --begin;
    const QStringView word = QStringView(text).mid(begin, end - begin);
    // The last word of every lead-in rule.
    static const QStringList lastWords{
        QStringLiteral("rating"), QStringLiteral("score"), QStringLiteral("decision"), QStringLiteral("answer"), QStringLiteral("choice"),
        QStringLiteral("verdict"), QStringLiteral("position"), QStringLiteral("bewertung"), QStringLiteral("evaluation"), QStringLiteral("note"),
        QStringLiteral("calificación"), QStringLiteral("calificacion"), QStringLiteral("valutazione"), QStringLiteral("is"), QStringLiteral("of"),
        QStringLiteral("be"), QStringLiteral("remains"), QStringLiteral("stays"), QStringLiteral("at"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("choose"), QStringLiteral("chose"), QStringLiteral("pick"), QStringLiteral("select"), QStringLiteral("with"),
        QStringLiteral("for"), QStringLiteral("as"), QStringLiteral("on"), QStringLiteral("say"), QStringLiteral("it"), QStringLiteral("this"),
        QStringLiteral("situation"), QStringLiteral("dilemma"), QStringLiteral("option"), QStringLiteral("number"), QStringLiteral("to"),
        QStringLiteral("rate"), QStringLiteral("give"), QStringLiteral("here's"), QStringLiteral("now"), QStringLiteral("vote")};
    for (const QString& w : lastWords)
        if (word == w) return true;
    return false;
}

const std::vector<LeadInRule>& leadInRulesV2()
{
    static const std::vector<LeadInRule> rules = [] {
        std::vector<LeadInRule> r = leadInRules();
        const std::vector<LeadInRule> more{
            // JSON and key-value answers: {"rating": 3}, rating=2, "decision": "4"
            {"structured_answer",
             rx(R"re((?:\b|")(?:rating|score|decision|judg(?:e)?ment|choice|answer|verdict|level|code|value|response|assessment|stance|position|selection)"?\s*[:=]\s*"?\s*$)re"),
             false},
            {"explicit_statement",
             rx(R"(\b(?:judg(?:e)?ment|assessment|response|conclusion|stance|selection|pick|level\s+of\s+(?:support|agreement)|support\s+level|final\s+(?:answer|rating|score|judg(?:e)?ment|verdict|decision|choice|position))(?:\s+(?:is|would be|will be|remains|here is|=))?\s*[:=\-]?\s*(?:a\s+|an\s+)?[(\[#]?\s*$)"),
             false},
            {"explicit_statement",
             rx(R"(\blean(?:ing|s)?\s+(?:more\s+|slightly\s+|strongly\s+)?(?:toward|towards|to)\s*(?:a\s+|an\s+)?(?:option\s*|number\s*)?[(\[#]?\s*$)"),
             false},
            {"explicit_statement",
             rx(R"(\bi(?:'d|\s+would|\s+will|'ll|\s+do|\s+must|\s+can|'m\s+going\s+to)?(?:\s+(?:still|therefore|ultimately|then|definitely|probably|personally|also|really|now|instead|thus|overall|so))+\s+(?:choose|pick|select|go\s+with|opt\s+for|rate\s+(?:this|it)?\s*(?:as\s+)?(?:an?\s+)?|give\s+(?:it|this)\s*(?:an?\s+)?|say|stay\s+with|stick\s+with|settle\s+on|land\s+(?:at|on))\s*(?:option\s*|number\s*)?[(\[#]?\s*$)"),
             false},
            {"explicit_statement",
             rx(R"(\b(?:give|assign|award|rate)\s+(?:this|it|the)?\s*(?:scenario|situation|dilemma|case|one|question)?\s*(?:a|an)?\s*(?:rating\s+of\s+|score\s+of\s+)?[(\[#]?\s*$)"),
             false},
            {"explicit_statement", rx(R"((?:^|[.!\n]\s*)yes,?\s*$)"), false},
            // The first key of a JSON answer, whatever its name: {"sentiment": 2, "reasoning": …}
            {"structured_answer", rx(R"re((?:^|\n)\s*(?:```json\s*)?\{\s*"[a-z_ ]{2,30}"\s*:\s*"?\s*$)re"), false},
            // "the AI chose 2", "it picked 4"
            {"explicit_statement", rx(R"(\b(?:the\s+(?:ai|model|assistant)|it|we)\s+(?:chose|chooses|picked|picks|selected|selects)\s*(?:option\s*)?[(\[#]?\s*$)"), false},
            // "I settled on 3", "landed at 4", "ended up with 2"
            {"explicit_statement", rx(R"(\b(?:settled|landed|ended\s+up|came\s+down|went)\s+(?:on|at|with)\s*(?:a\s+|an\s+)?[(\[#]?\s*$)"), false},
            // "I rated this a 4", "I gave this a 2", "scored it 3"
            {"explicit_statement",
             rx(R"(\b(?:rated|gave|scored|marked|put|placed)\s+(?:this|it|these|them|myself|the\s+item|this\s+item|this\s+one|the\s+statement|this\s+statement)?\s*(?:as\s+|at\s+|around\s+|about\s+)?(?:a|an)?\s*[(\[#]?\s*$)"),
             false},
            {"explicit_statement", rx(R"((?:\\boxed\{|\[\[)\s*$)"), false},
            // "I'll revise to 3", "let me change it to 4", "I'd bump that up to 5": a revision without naming the rating.
            {"revision",
             rx(R"(\b(?:i'll|i\s+will|i'd|i\s+would|let\s+me|i)\s+(?:revise|change|switch|update|adjust|lower|raise|move|bump|drop)\s+(?:it\s+|that\s+|this\s+|my\s+(?:rating|answer|score|choice|judg(?:e)?ment)\s+)?(?:down\s+|up\s+)?to\s*[(\[#]?\s*$)"),
             true},
            // A conclusion marker: "Bottom line: 5", "TL;DR: 2", "In short, 4", "All told: 3".
            {"explicit_statement",
             rx(R"(\b(?:bottom\s+line|tl;?\s?dr|in\s+short|in\s+sum|all\s+told|final\s+call|my\s+call)\s*[:,\-]?\s*[(\[#]?\s*$)"), false},
            // The rating given to a questionnaire item: "Item 37 ("Is sometimes rude to others") was challenging at 2".
            {"item_heading",
             rx(R"re(\bitem\s+#?\d{1,3}\s*(?:\([^)]{0,60}\)\s*)?(?:(?:was|is|felt|seemed|sits|stays|stayed|went)\s+(?:[a-z]+\s+){0,2})?(?:at|as)\s*(?:a\s+)?[(\[#]?\s*$)re"),
             false},
            {"explicit_statement", rx(R"(\b(?:i(?:'d|\s+would)?\s+(?:go|put\s+(?:it|myself|this))\s+(?:with|at)|i\s+(?:think|believe|feel)\s+(?:it's\s+|it\s+is\s+)?(?:a\s+)?)\s*[(\[#]?\s*$)"), false},
        };
        r.insert(r.end(), more.begin(), more.end());
        return r;
    }();
    return rules;
}

bool mayEndLeadInV2(const QString& text, qsizetype i)
{
    if (mayEndLeadIn(text, i)) return true;
    qsizetype end = i;
    while (end > 0 && (text[end - 1] == QLatin1Char(' ') || text[end - 1] == QLatin1Char('"') || text[end - 1] == QLatin1Char(':')
                       || text[end - 1] == QLatin1Char('=') || text[end - 1] == QLatin1Char('-') || text[end - 1] == QLatin1Char('(')))
        --end;
    // A JSON key: "sentiment": 2
    if (end < i && end > 0 && text[end] == QLatin1Char('"') && QStringView(text).mid(end, i - end).contains(QLatin1Char(':'))) return true;
    if (end >= 2 && text[end - 1] == QLatin1Char('[') && text[end - 2] == QLatin1Char('[')) return true;
    if (end >= 1 && text[end - 1] == QLatin1Char('{')) return true;
    if (end >= 1 && text[end - 1] == QLatin1Char(',')) --end; // "yes, 3"
    qsizetype begin = end;
    while (begin > 0 && (text[begin - 1].isLetter() || text[begin - 1] == QLatin1Char('\''))) --begin;
    const QStringView word = QStringView(text).mid(begin, end - begin);
    static const QStringList lastWords{
        QStringLiteral("judgment"), QStringLiteral("judgement"), QStringLiteral("assessment"), QStringLiteral("response"),
        QStringLiteral("conclusion"), QStringLiteral("stance"), QStringLiteral("selection"), QStringLiteral("pick"), QStringLiteral("support"),
        QStringLiteral("agreement"), QStringLiteral("level"), QStringLiteral("toward"), QStringLiteral("towards"), QStringLiteral("yes"),
        QStringLiteral("code"), QStringLiteral("value"), QStringLiteral("scenario"), QStringLiteral("case"), QStringLiteral("one"),
        QStringLiteral("question"), QStringLiteral("think"), QStringLiteral("believe"), QStringLiteral("feel"), QStringLiteral("it's"),
        QStringLiteral("rating"), QStringLiteral("score"), QStringLiteral("decision"), QStringLiteral("choice"), QStringLiteral("answer"),
        QStringLiteral("verdict"), QStringLiteral("position"), QStringLiteral("rated"), QStringLiteral("gave"), QStringLiteral("scored"),
        QStringLiteral("marked"), QStringLiteral("put"), QStringLiteral("placed"), QStringLiteral("myself"), QStringLiteral("item"),
        QStringLiteral("statement"), QStringLiteral("these"), QStringLiteral("them"), QStringLiteral("around"),
        QStringLiteral("about"), QStringLiteral("chooses"), QStringLiteral("picked"), QStringLiteral("picks"),
        QStringLiteral("selected"), QStringLiteral("selects"), QStringLiteral("line"), QStringLiteral("dr"), QStringLiteral("tldr"),
        QStringLiteral("short"), QStringLiteral("sum"), QStringLiteral("told"), QStringLiteral("call")};
    for (const QString& w : lastWords)
        if (word == w) return true;
    return false;
}

const QRegularExpression& rangeContinuation()
{
    static const QRegularExpression r = rx(R"(^\s*[)\]]?\s*(?:-|to|or|and|/\s*[1-4](?!\d))\s*[(\[]?\s*[1-5](?![\d.,])|^[.,]\d|^\s*%|^-[a-z])");
    return r;
}

const QRegularExpression& outOfScaleSuffix()
{
    static const QRegularExpression r = rx(R"(^\s*[)\]]?\s*(?:/|out\s+of|on\s+a\s+scale\s+of\s+1\s*-\s*)\s*5(?!\d))");
    return r;
}

const QRegularExpression& rangeLeadIn()
{
    static const QRegularExpression r = rx(R"((?:\bbetween\s+(?:a\s+)?(?:\d\s+and\s+)?|\b(?:either|from)\s+|[$€£]\s*|\d\s*[-.,]\s*|\b(?:step|point|item|reason|factor|part|phase|stage|chapter|section|day|week|year|page|turn)\s+#?)$)");
    return r;
}

const QRegularExpression& undecidedRange()
{
    static const QRegularExpression r = rx(
        R"(\bbetween\s+(?:a\s+)?[1-5]\s+and\s+(?:a\s+)?[1-5]\b|\b[1-5]\s+or\s+(?:a\s+)?[1-5]\b|\b(?:rating|score|answer)\s*:?\s*[1-5]\s*(?:-|to)\s*[1-5]\b)");
    return r;
}

const QRegularExpression& refusalPhrases()
{
    static const QRegularExpression r = rx(
        R"(\b(?:i\s+(?:can't|cannot|can\s+not|won't|will\s+not|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|am\s+unable\s+to|'m\s+unable\s+to|do\s+not\s+feel\s+comfortable|don't\s+feel\s+comfortable|'m\s+not\s+comfortable|am\s+not\s+comfortable)\s+(?:\w+\s+){0,3}?(?:make|making|choose|choosing|pick|picking|rate|rating|give|giving|provide|providing|decide|deciding|take|taking|answer|answering|engage|engaging|select|selecting)\b|i\s+must\s+(?:respectfully\s+)?decline|i\s+(?:respectfully\s+)?decline\s+to|i'?m\s+sorry,?\s+but\s+i\s+(?:can't|cannot|won't)|as\s+an\s+ai,?\s+i\s+(?:don't|do\s+not|can't|cannot)\s+(?:have|hold|make|take|choose)))");
    return r;
}

} // namespace vr::summarize
