#pragma once
// A dilemma scenario as researchers write it: preamble, prompt, ordered follow-ups, numeric dimensions, tags.
#include "project/scenario_options.h"
#include "protocol/json.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vr::project {

struct Followup {
    QString label;
    QString prompt;
    bool operator==(const Followup&) const = default;
};

struct Scenario {
    qint64 id = 0; // 0 until stored
    QString name;
    QString preamble;
    QString prompt;
    QList<Followup> followups;
    QList<QPair<QString, double>> dimensions; // ordered as written
    QStringList tags;
    // Declared options and scale (docs/project-file-format.md): the probe prompt is then rendered from them,
    // with `prompt` as the situation before them, and a counterbalanced run can ask the mirror.
    std::optional<ScenarioOptions> options;

    bool operator==(const Scenario&) const = default;

    // The project's own JSON shape: {name, preamble, prompt, followups: [{label, prompt}], dimensions, tags}, and
    // optionA, optionB, scaleLabels when options are declared (then "prompt" may be missing or empty).
    Json toJson() const;
    // Throws std::invalid_argument with a reason for a malformed entry.
    static Scenario fromJson(const Json& json);
    // The probe worker's `scenario` object: {preamble, prompt, followups}, its prompt being probePrompt().
    Json toProbeJson() const;
    // What turn 1 asks: the prompt, or with declared options the rendered template.
    QString probePrompt() const;
    // The same scenario asked the other way round: options swapped, labels reversed, prompt re-rendered.
    // Only for a scenario with options.
    Scenario mirrored() const;
    // An empty prompt without declared options cannot be run.
    bool isRunnable() const { return options || !prompt.trimmed().isEmpty(); }
};

} // namespace vr::project
