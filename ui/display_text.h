#pragma once
// The words the workbench shows for values stored in their raw, machine form: a turn's prompt label
// ("scenario_prompt"), a provider's finish reason ("stop", "end_turn", "MAX_TOKENS"), an ISO timestamp, a failed
// cell's error code and message. Everything a user reads goes through here, so it is translated and localized.
#include <QString>

namespace vr::ui {

// "scenario_prompt" → "Scenario prompt"; a follow-up's own label as written.
QString promptLabelText(const QString& label);
// What a provider's finish reason means: "stop"/"end_turn"/"STOP" → "complete", "length"/"max_tokens" → "cut at
// the token limit", filters → "stopped by the provider's content filter"; an unknown reason as given.
QString finishReasonText(const QString& reason);
// An ISO-8601 timestamp in the user's time zone and locale ("04.12.26 13:40"); text that is not one, as given.
QString timestampText(const QString& iso);
// A failed cell in words: what went wrong (by error code) and the provider's own detail, without the English
// prefixes the worker protocol puts in front of it ("Connection error: …").
QString failureText(const QString& errorCode, const QString& message);
// What to do about a failure in the workbench (set the key in Settings, run again, …); empty when nothing helps.
QString failureAdviceText(const QString& errorCode, const QString& modelId);

} // namespace vr::ui
