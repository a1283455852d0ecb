#pragma once
// A dilemma scenario as researchers write it: preamble, prompt, ordered follow-ups, numeric dimensions, tags.
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

    bool operator==(const Scenario&) const = default;

    // The project's own JSON shape: {name, preamble, prompt, followups: [{label, prompt}], dimensions, tags}.
    Json toJson() const;
    // Throws std::invalid_argument with a reason for a malformed entry.
    static Scenario fromJson(const Json& json);
    // The probe worker's `scenario` object: {preamble, prompt, followups}.
    Json toProbeJson() const;
    // An empty prompt cannot be run.
    bool isRunnable() const { return !prompt.trimmed().isEmpty(); }
};

} // namespace vr::project
