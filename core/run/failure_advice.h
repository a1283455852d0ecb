#pragma once
// What a researcher should do about cells that failed with an error code, in words: the CLI's `status` and the
// workbench's conversation pane of a failed cell say the same thing.
#include <QString>

namespace vr::run {

// "set OPENAI_API_KEY (environment, .env or Settings) and run again", "" when there is no specific advice.
QString failureAdvice(const QString& errorCode, const QString& modelId);

} // namespace vr::run
