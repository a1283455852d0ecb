#pragma once
// A scenario's two options and its five scale labels, declared apart from the free text so a run can ask the
// mirror (option B shown first, labels reversed) and the probe prompt can be rendered from them. The rendering
// is the documented template of docs/project-file-format.md ("Scenario options").
#include "protocol/json.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vr::project {

struct ScenarioOptions {
    QString optionA;
    QString optionB;
    QStringList scaleLabels; // exactly five: the meaning of 1 … 5

    bool operator==(const ScenarioOptions&) const = default;

    // B shown first and the labels in reverse order: code c here means what 6 − c means in the original.
    ScenarioOptions mirrored() const;
    // `intro` (the scenario's prompt, may be empty), a blank line, "Option A: …", "Option B: …", a blank line,
    // "Answer on this scale:" and "1 - <label1>" … "5 - <label5>", one per line.
    QString renderPrompt(const QString& intro) const;

    // Adds "optionA", "optionB", "scaleLabels" to a scenario object.
    void writeTo(Json& scenario) const;
    // None when the object declares none of the three keys; throws std::invalid_argument when it declares some
    // but not all, or a value is not text, empty, or there are not exactly five labels.
    static std::optional<ScenarioOptions> readFrom(const Json& scenario);
};

} // namespace vr::project
