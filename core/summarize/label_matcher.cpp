#include "summarize/label_matcher.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vr::summarize {

std::optional<std::pair<int, QString>> findExactLabel(const QString& text, const std::vector<ScaleLabel>& labels, bool& ambiguous)
{
    std::optional<std::pair<int, QString>> best;
    for (const ScaleLabel& label : labels) {
        if (!text.contains(label.text)) continue;
        if (!best || label.text.size() > best->second.size()) best = std::make_pair(label.code, label.text);
        else if (label.text.size() == best->second.size() && label.code != best->first) ambiguous = true;
    }
    if (best && ambiguous) {
        // Two different codes' labels of the same length: do not guess.
        for (const ScaleLabel& label : labels)
            if (label.code != best->first && label.text.size() == best->second.size() && text.contains(label.text)) return std::nullopt;
        ambiguous = false;
    }
    return best;
}

namespace {

constexpr qsizetype kLongestOptionItem = 8; // words in an item that only names an option

// Whether the sentence holding text[end - 1] ends with a question mark: "Would 3 (Neutral / Unsure) be acceptable?"
// names a label without stating it.
bool endsInQuestion(const QString& text, qsizetype end)
{
    for (qsizetype k = end; k < text.size(); ++k) {
        const QChar c = text[k];
        if (c == QLatin1Char('?')) return true;
        if (c == QLatin1Char('\n') || c == QLatin1Char('!')) return false;
        if (c == QLatin1Char('.') && (k + 1 >= text.size() || text[k + 1].isSpace())) return false;
    }
    return false;
}

// Whether the label at [at, at + size) is all of one item of a numbered list of two or more ("1. Recognition\n2.
// Harmony\n3. Neutral"): the answer echoes the options instead of choosing one.
bool isEchoedOption(const QString& text, qsizetype at, qsizetype size)
{
    static const QRegularExpression itemStart(QStringLiteral(R"(^\s*[(\[]?\d{1,2}\s*[.):-]\s*$)"));
    static const QRegularExpression item(QStringLiteral(R"(^\s*[(\[]?\d{1,2}\s*[.):]\s*\S)"), QRegularExpression::MultilineOption);
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at + size);
    if (lineEnd < 0) lineEnd = text.size();
    if (!itemStart.match(text.mid(lineStart, at - lineStart)).hasMatch()) return false;
    for (qsizetype k = at + size; k < lineEnd; ++k)
        if (!text[k].isSpace() && text[k] != QLatin1Char('.') && text[k] != QLatin1Char(',') && text[k] != QLatin1Char(';')) return false;
    auto items = item.globalMatch(text);
    int count = 0;
    while (items.hasNext() && count < 2) {
        items.next();
        ++count;
    }
    return count >= 2;
}

} // namespace

// structured-v2's exact stage: as findExactLabel, counting only the places where the answer states the label (not
// in a question, not as one of a list of the options).
std::optional<std::pair<int, QString>> findStatedLabel(const QString& text, const std::vector<ScaleLabel>& labels, bool& ambiguous)
{
    const auto stated = [&](const QString& label) {
        for (qsizetype at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1))
            if (!endsInQuestion(text, at + label.size()) && !isEchoedOption(text, at, label.size())) return true;
        return false;
    };
    std::optional<std::pair<int, QString>> best;
    bool tie = false;
    for (const ScaleLabel& label : labels) {
        if (!stated(label.text)) continue;
        if (!best || label.text.size() > best->second.size()) {
            best = std::make_pair(label.code, label.text);
            tie = false;
        } else if (label.text.size() == best->second.size() && label.code != best->first) {
            tie = true;
        }
    }
    // Two different codes' labels of the same (longest) length: do not guess.
    if (best && tie) {
        ambiguous = true;
        return std::nullopt;
    }
    return best;
}

namespace {

// Words that carry no side of a dilemma: articles, pronouns, possessives, prepositions.
bool isFiller(const QString& w)
{
    static const QSet<QString> filler{
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("in"),
        QStringLiteral("on"), QStringLiteral("for"), QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("with"), QStringLiteral("my"),
        QStringLiteral("your"), QStringLiteral("their"), QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("its"), QStringLiteral("our"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("how"),
        QStringLiteral("they"), QStringLiteral("them"), QStringLiteral("it"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("be"),
        QStringLiteral("by"), QStringLiteral("as"), QStringLiteral("at"), QStringLiteral("from"), QStringLiteral("into"), QStringLiteral("i"),
        QStringLiteral("me"), QStringLiteral("we"), QStringLiteral("you"), QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("s"),
        QStringLiteral("own"), QStringLiteral("over"), QStringLiteral("than"), QStringLiteral("very"), QStringLiteral("more"), QStringLiteral("option")};
    return filler.contains(w);
}

QString stem(QString w)
{
    if (w.endsWith(QLatin1String("'s"))) w.chop(2);
    else if (w.endsWith(QLatin1Char('\''))) w.chop(1);
    if (w == QLatin1String("favor")) return QStringLiteral("favour");
    if (w.size() > 5 && w.endsWith(QLatin1String("ing"))) w.chop(3);
    else if (w.size() > 4 && w.endsWith(QLatin1String("ies"))) w = w.left(w.size() - 3) + QLatin1Char('y');
    else if (w.size() > 4 && w.endsWith(QLatin1String("ed"))) w.chop(2);
    else if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss"))) w.chop(1);
    return w;
}

// The words of a text (letters, digits and inner apostrophes), lower case as normalizeForMatching left them.
QStringList rawWords(QStringView text)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool wordChar = i < text.size() && (text[i].isLetterOrNumber() || (text[i] == QLatin1Char('\'') && start >= 0));
        if (wordChar && start < 0) start = i;
        else if (!wordChar && start >= 0) {
            out << text.mid(start, i - start).toString();
            start = -1;
        }
    }
    return out;
}

QStringList tokensOf(const QStringList& raw)
{
    QStringList out;
    for (const QString& w : raw)
        if (!isFiller(w)) out << stem(w);
    return out;
}

bool isNegation(const QString& w)
{
    return w == QLatin1String("not") || w == QLatin1String("no") || w == QLatin1String("never") || w == QLatin1String("don't")
        || w == QLatin1String("doesn't") || w == QLatin1String("wouldn't") || w == QLatin1String("won't") || w == QLatin1String("can't")
        || w == QLatin1String("cannot") || w == QLatin1String("isn't") || w == QLatin1String("nor");
}

int sideOf(int code)
{
    return code < 3 ? -1 : code > 3 ? 1 : 0;
}

// Sentences (and lines) of an answer, in order: a break after . ! ? ; followed by a space, or at a newline.
QList<QStringView> sentences(const QString& text)
{
    QList<QStringView> out;
    qsizetype start = 0;
    const auto push = [&](qsizetype end) {
        const QStringView part = QStringView(text).mid(start, end - start).trimmed();
        if (!part.isEmpty()) out << part;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool breakHere = c == QLatin1Char('\n')
            || ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';')) && i + 1 < text.size()
                && text[i + 1].isSpace());
        if (!breakHere) continue;
        push(i + 1);
        start = i + 1;
    }
    push(text.size());
    return out;
}

bool speaksForItself(const QStringList& raw)
{
    for (const QString& w : raw)
        if (w == QLatin1String("i") || w == QLatin1String("my") || w == QLatin1String("i'd") || w == QLatin1String("i'm")
            || w == QLatin1String("i'll") || w == QLatin1String("me") || w == QLatin1String("i've"))
            return true;
    return false;
}

} // namespace

namespace {

// The first three characters of a word, packed: the index key of the label-word prefixes.
quint64 startKey(QStringView word)
{
    return (quint64(word[0].unicode()) << 32) | (quint64(word[1].unicode()) << 16) | quint64(word[2].unicode());
}

} // namespace

std::vector<qsizetype> StagedLabelMatcher::labelWordPositions(const QString& text) const
{
    std::vector<qsizetype> hits;
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size(); ++i) {
        if (!view[i].isLetterOrNumber() || (i > 0 && view[i - 1].isLetterOrNumber())) continue;
        qsizetype end = i;
        while (end < view.size() && (view[end].isLetterOrNumber() || view[end] == QLatin1Char('\''))) ++end;
        const QStringView word = view.mid(i, end - i);
        bool found = false;
        for (const QString& w : m_shortWords) found = found || word == w;
        if (!found && word.size() >= 3) {
            if (const auto it = m_prefixesByStart.find(startKey(word)); it != m_prefixesByStart.end())
                for (std::size_t k : it->second) found = found || view.mid(i).startsWith(m_prefixes[k]);
        }
        if (found) hits.push_back(i);
        i = end;
    }
    return hits;
}

StagedLabelMatcher::StagedLabelMatcher(const std::vector<ScaleLabel>& labels) : m_labels(labels)
{
    // A label in parts ("assistant a is slightly better: [[a>b]]", "five stars - the answer is mostly coherent"):
    // each part that no other code's label contains is a label of its own for the exact stage.
    static const QRegularExpression partSplit(QStringLiteral(R"(:\s+|\s+-\s+)"));
    for (const ScaleLabel& l : labels)
        for (const QString& raw : l.text.split(partSplit, Qt::SkipEmptyParts)) {
            const QString part = raw.trimmed();
            if (part.size() < 5 || part == l.text) continue;
            bool shared = false;
            for (const ScaleLabel& other : labels) shared = shared || (other.code != l.code && other.text.contains(part));
            bool known = false;
            for (const ScaleLabel& have : m_labels) known = known || (have.code == l.code && have.text == part);
            if (!shared && !known) m_labels.push_back({l.code, part});
        }
    // One prepared label per code: the longest text the prompt gave for it (asides and variants are for the exact stage).
    for (const ScaleLabel& l : labels) {
        auto it = std::find_if(m_prepared.begin(), m_prepared.end(), [&](const Prepared& p) { return p.code == l.code; });
        if (it == m_prepared.end()) m_prepared.push_back({l.code, l.text, {}, {}, {}});
        else if (l.text.size() > it->text.size()) it->text = l.text;
    }
    for (Prepared& p : m_prepared) {
        p.raw = rawWords(p.text);
        p.words = tokensOf(p.raw);
    }
    for (Prepared& p : m_prepared) {
        QSet<QString> sameSide, otherSide;
        for (const Prepared& q : m_prepared) {
            if (q.code == p.code) continue;
            for (const QString& w : q.words) {
                if (sideOf(q.code) == sideOf(p.code) && sideOf(p.code) != 0) sameSide.insert(w);
                else otherSide.insert(w);
            }
        }
        for (const QString& w : p.words) {
            if (!otherSide.contains(w) && !p.distinct.contains(w)) p.distinct << w;
            if (sideOf(p.code) != 0 && !sameSide.contains(w) && otherSide.contains(w) && !p.intensity.contains(w)) p.intensity << w;
        }
        // A word that only this label has (neither side shares it) and that its side-mate lacks is its intensity too.
        if (p.intensity.isEmpty() && sideOf(p.code) != 0)
            for (const QString& w : p.distinct)
                if (!sameSide.contains(w)) p.intensity << w;
        for (const QString& w : p.intensity) p.distinct.removeAll(w);
    }
    // Text that any stage needs to find: the opening words of each label, and the start of each word the
    // token stages look for (a stem's start is in every surface form: "polic" of policy and policies).
    const auto addPrefix = [this](const QString& prefix) {
        if (std::find(m_prefixes.begin(), m_prefixes.end(), prefix) != m_prefixes.end()) return;
        m_prefixesByStart[startKey(prefix)].push_back(m_prefixes.size());
        m_prefixes.push_back(prefix);
    };
    for (const Prepared& p : m_prepared) {
        if (p.raw.size() >= 2 && p.raw[0].size() >= 3) addPrefix(p.raw[0] + QLatin1Char(' ') + p.raw[1]);
        for (const QString& w : p.intensity + p.distinct) {
            if (w.size() >= 5) addPrefix(w.left(w.size() - 2));
            else if (w.size() >= 3) addPrefix(w);
            else m_shortWords.push_back(w); // "a", "b", "no": only as a word of its own
        }
    }
}

std::optional<LabelMatch> StagedLabelMatcher::middleNamed(const QString& text) const
{
    // The middle of the scale named in the answer's own voice: "I chose a neutral score", "leading to a neutral rating".
    static const QRegularExpression neutral(QStringLiteral(
        R"(\bneutral\s+(?:rating|score|position|stance|answer|choice|point|option)\b|\b(?:settled|landed|chose|choose|went|go|stay|remain|am|i'm)\s+(?:on\s+|with\s+|at\s+)?(?:a\s+|the\s+)?(?:neutral|middle|midpoint)\b)"));
    if (!text.contains(QLatin1String("neutral")) && !text.contains(QLatin1String("middle")) && !text.contains(QLatin1String("midpoint")))
        return std::nullopt;
    const bool hasMiddle = std::any_of(m_prepared.begin(), m_prepared.end(), [](const Prepared& p) { return p.code == 3; });
    if (const auto m = neutral.match(text); hasMiddle && m.hasMatch()) {
        const qsizetype at = m.capturedStart();
        const QString lead = text.mid(std::max<qsizetype>(0, at - 12), 12);
        if (!lead.contains(QLatin1String("not ")) && !lead.contains(QLatin1String("n't ")))
            return LabelMatch{3, QStringLiteral("label_anchor"), m.captured(0), false};
    }
    return std::nullopt;
}

std::optional<LabelMatch> StagedLabelMatcher::matchExact(const QString& text) const
{
    bool ambiguous = false;
    if (const auto exact = findStatedLabel(text, m_labels, ambiguous)) return LabelMatch{exact->first, QStringLiteral("label_exact"), exact->second, false};
    return std::nullopt;
}

std::optional<LabelMatch> StagedLabelMatcher::match(const QString& text) const
{
    if (m_prepared.empty()) return std::nullopt;
    // 1. Exact.
    bool exactAmbiguous = false;
    if (const auto exact = findStatedLabel(text, m_labels, exactAmbiguous)) return LabelMatch{exact->first, QStringLiteral("label_exact"), exact->second, false};
    if (exactAmbiguous) return std::nullopt;

    struct Found {
        int code;
        int rank; // 0 leading, 1 relaxed, 2 tail, 3 anchor
        int sentence;
        bool personal;
        QString matched;
    };
    std::vector<Found> found;
    // Most sentences of a long answer name no label at all: look only where a label's words occur.
    const std::vector<qsizetype> hits = labelWordPositions(text);
    if (hits.empty()) return middleNamed(text);
    const QList<QStringView> parts = sentences(text);
    for (int si = 0; si < parts.size(); ++si) {
        const QStringView sentence = parts[si];
        if (sentence.endsWith(QLatin1Char('?'))) continue; // asked, not stated
        const qsizetype from = sentence.data() - text.data();
        const auto hit = std::lower_bound(hits.begin(), hits.end(), from);
        if (hit == hits.end() || *hit >= from + sentence.size()) continue;
        const QStringList raw = rawWords(sentence);
        // A short item of a numbered list of the options ("3. Neutral"), not in the answer's voice, names an option.
        if (raw.size() <= kLongestOptionItem && !speaksForItself(raw) && isEchoedOption(text, from, sentence.size())) continue;
        const QStringList toks = tokensOf(raw);
        const bool personal = speaksForItself(raw) || si == 0;
        // Negated intensity words ("not strongly") do not count.
        QSet<QString> negated;
        for (int k = 1; k < raw.size(); ++k)
            if (isNegation(raw[k - 1]) || (k >= 2 && isNegation(raw[k - 2]))) negated.insert(stem(raw[k]));

        struct Score {
            int code;
            int rank;
            int distance;
            double fraction;
        };
        std::vector<Score> scores;
        for (const Prepared& p : m_prepared) {
            // 2. Leading: a line that opens with the label's first words (at least two, at least half of them).
            const QStringList& labelRaw = p.raw;
            const int lead = std::max<int>(2, static_cast<int>((labelRaw.size() + 1) / 2));
            if (labelRaw.size() >= 3 && raw.size() >= lead) {
                bool opens = true;
                for (int k = 0; k < lead && opens; ++k) opens = raw[k] == labelRaw[k];
                // Only an opening that no other code's label shares ("strongly support the program that …" opens
                // both ends of many scales): otherwise the words further on decide.
                for (const Prepared& q : m_prepared) {
                    if (!opens || q.code == p.code || q.raw.size() < lead) continue;
                    bool same = true;
                    for (int k = 0; k < lead && same; ++k) same = q.raw[k] == labelRaw[k];
                    opens = !same;
                }
                if (opens) {
                    scores.push_back({p.code, 0, 0, 1.0});
                    continue;
                }
            }
            int intensityAt = -1;
            bool intensityOk = true;
            for (const QString& w : p.intensity) {
                const int at = static_cast<int>(toks.indexOf(w));
                if (at < 0 || negated.contains(w)) intensityOk = false;
                else if (intensityAt < 0) intensityAt = at;
            }
            if (!intensityOk) continue;
            if (p.distinct.isEmpty()) {
                if (!p.intensity.isEmpty()) continue;
                continue;
            }
            int matched = 0, firstAt = -1;
            bool tailPresent = true;
            for (int k = 0; k < p.distinct.size(); ++k) {
                const int at = static_cast<int>(toks.indexOf(p.distinct[k], std::max(0, intensityAt)));
                const bool present = at >= 0 && !negated.contains(p.distinct[k]);
                if (present) {
                    ++matched;
                    if (firstAt < 0 || at < firstAt) firstAt = at;
                }
                if (k >= p.distinct.size() - std::min<qsizetype>(2, p.distinct.size()) && !present) tailPresent = false;
            }
            if (matched == 0) continue;
            const double fraction = double(matched) / double(p.distinct.size());
            // The middle label has no side words: it must be said whole ("neutral", "undecided").
            if (sideOf(p.code) == 0 && matched < p.distinct.size()) continue;
            if (p.intensity.isEmpty() && sideOf(p.code) != 0 && fraction < 0.5) continue;
            int rank;
            if (matched == p.distinct.size()) rank = 1;
            else if (tailPresent && fraction >= 0.5) rank = 2;
            else if (fraction >= 0.34 || matched >= 2) rank = 3;
            else continue;
            scores.push_back({p.code, rank, intensityAt < 0 ? 0 : std::max(0, firstAt - intensityAt), fraction});
        }
        if (scores.empty()) continue;
        std::sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
            if (a.rank != b.rank) return a.rank < b.rank;
            if (a.distance != b.distance) return a.distance < b.distance;
            return a.fraction > b.fraction;
        });
        const Score& best = scores.front();
        // Two codes equally well stated in one sentence: this sentence decides nothing.
        if (scores.size() > 1 && scores[1].code != best.code && scores[1].rank == best.rank && scores[1].distance == best.distance
            && scores[1].fraction == best.fraction)
            continue;
        found.push_back({best.code, best.rank, si, personal, sentence.left(120).toString()});
    }
    if (found.empty()) return middleNamed(text);
    // The answer's own voice first ("I strongly support …"), then the strongest stage, then the earliest sentence.
    const bool anyPersonal = std::any_of(found.begin(), found.end(), [](const Found& f) { return f.personal; });
    std::vector<Found> pool;
    for (const Found& f : found)
        if (f.personal || !anyPersonal) pool.push_back(f);
    const auto best = std::min_element(pool.begin(), pool.end(), [](const Found& a, const Found& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.sentence < b.sentence;
    });
    LabelMatch out;
    out.code = best->code;
    static const char* const stages[] = {"label_leading", "label_relaxed", "label_tail", "label_anchor"};
    out.stage = QString::fromLatin1(stages[best->rank]);
    out.matchedText = best->matched;
    for (const Found& f : pool) out.ambiguous = out.ambiguous || f.code != out.code;
    return out;
}

} // namespace vr::summarize
