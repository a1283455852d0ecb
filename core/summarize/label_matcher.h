#pragma once
// Reading which of the scale's labels an answer states. structured-v1 knows only the exact label; structured-v2
// matches in stages (docs/worker-protocol.md): exact, leading (the label's opening words start a line), relaxed
// (articles, pronouns and plurals folded, extra words allowed), distinctive tail (the label's intensity word and
// most of the words that set its side apart), and anchor (the intensity word and one such word).
#include "summarize/scale_labels.h"

#include <QSet>

#include <optional>
#include <unordered_map>
#include <utility>

namespace vr::summarize {

// The scale label an answer states verbatim, when exactly one code's label is the longest one found in it.
// `ambiguous` is set when two codes' labels of the same length were both found (then nothing is returned).
std::optional<std::pair<int, QString>> findExactLabel(const QString& text, const std::vector<ScaleLabel>& labels, bool& ambiguous);

// structured-v2's exact stage: the same, counting only places where the answer states the label — not inside a
// question ("Would 3 (Neutral / Unsure) be acceptable?") nor as one item of a numbered list of the options.
std::optional<std::pair<int, QString>> findStatedLabel(const QString& text, const std::vector<ScaleLabel>& labels, bool& ambiguous);

struct LabelMatch {
    int code = 0;
    QString stage;       // label_exact | label_leading | label_relaxed | label_tail | label_anchor
    QString matchedText; // the label, or the sentence that stated it
    bool ambiguous = false; // another sentence stated a different code
};

class StagedLabelMatcher {
public:
    explicit StagedLabelMatcher(const std::vector<ScaleLabel>& labels);
    bool empty() const { return m_labels.empty(); }
    // `text` is normalised (normalizeForMatching).
    std::optional<LabelMatch> match(const QString& text) const;
    // The exact stage alone (the cheap second reading of an answer that states a number).
    std::optional<LabelMatch> matchExact(const QString& text) const;

private:
    // The middle of the scale named in the answer's own voice: "I chose a neutral score", "a neutral rating".
    std::optional<LabelMatch> middleNamed(const QString& text) const;
    struct Prepared {
        int code = 0;
        QString text;
        QStringList words;     // the label's words (filler removed, stemmed), in order
        QStringList raw;       // the label's words as written
        QStringList intensity; // tokens that set it apart from the other label of its side ("strongly")
        QStringList distinct;  // tokens no label of the other side nor the middle has ("worker", "freedom")
    };
    std::vector<ScaleLabel> m_labels;
    std::vector<Prepared> m_prepared;
    // Where a label's words occur in a text, in one pass: word starts that begin with one of m_prefixes (a label's
    // opening two words, or the start of a word the token stages look for), or words equal to m_shortWords.
    std::vector<qsizetype> labelWordPositions(const QString& text) const;
    std::vector<QString> m_prefixes;
    std::vector<QString> m_shortWords;
    std::unordered_map<quint64, std::vector<std::size_t>> m_prefixesByStart; // first three characters → m_prefixes
};

} // namespace vr::summarize
