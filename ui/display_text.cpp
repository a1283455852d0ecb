#include "display_text.h"

#include "llm/provider.h"
#include "llm/model_route.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace vr::ui {
namespace {

struct DisplayText {
    Q_DECLARE_TR_FUNCTIONS(vr::ui::DisplayText)
};

QString providerName(const QString& modelId, QString* keyVariable)
{
    try {
        const llm::ProviderInfo& info = llm::providerInfo(llm::routeModel(modelId.toStdString()).provider);
        if (keyVariable && info.keyVariable) *keyVariable = QString::fromUtf8(info.keyVariable);
        return QString::fromUtf8(info.displayName);
    } catch (...) {
        return DisplayText::tr("the provider");
    }
}

} // namespace

QString promptLabelText(const QString& label)
{
    if (label == QLatin1String("scenario_prompt")) return DisplayText::tr("Scenario prompt");
    return label;
}

QString finishReasonText(const QString& reason)
{
    const QString r = reason.toLower();
    if (r.isEmpty()) return DisplayText::tr("not reported");
    if (r == QLatin1String("stop") || r == QLatin1String("end_turn") || r == QLatin1String("stop_sequence") || r == QLatin1String("completed"))
        return DisplayText::tr("complete");
    if (r == QLatin1String("length") || r == QLatin1String("max_tokens") || r == QLatin1String("model_length"))
        return DisplayText::tr("cut at the token limit");
    if (r == QLatin1String("content_filter") || r == QLatin1String("safety") || r == QLatin1String("refusal") || r == QLatin1String("recitation")
        || r == QLatin1String("prohibited_content") || r == QLatin1String("blocklist"))
        return DisplayText::tr("stopped by the provider's content filter");
    if (r == QLatin1String("tool_calls") || r == QLatin1String("tool_use")) return DisplayText::tr("asked to call a tool");
    return reason;
}

QString timestampText(const QString& iso)
{
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid()) when = QDateTime::fromString(iso, Qt::ISODate);
    if (!when.isValid()) return iso;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString failureText(const QString& errorCode, const QString& message)
{
    QString detail = message;
    for (const QLatin1String prefix : {QLatin1String("Connection error: "), QLatin1String("Connection error"), QLatin1String("Request timed out")})
        if (detail.startsWith(prefix)) {
            detail = detail.mid(prefix.size()).trimmed();
            break;
        }
    QString what;
    if (errorCode == QLatin1String("RATE_LIMIT")) what = DisplayText::tr("The provider limited the requests");
    else if (errorCode == QLatin1String("TIMEOUT")) what = DisplayText::tr("The provider did not answer in time");
    else if (errorCode == QLatin1String("NETWORK_ERROR")) what = DisplayText::tr("The provider could not be reached");
    else if (errorCode == QLatin1String("SERVER_ERROR")) what = DisplayText::tr("The provider had a server error");
    else if (errorCode == QLatin1String("AUTH_ERROR")) what = DisplayText::tr("The provider refused the API key");
    else if (errorCode == QLatin1String("VALIDATION_ERROR")) what = DisplayText::tr("The provider rejected the request");
    else if (errorCode == QLatin1String("NOT_FOUND")) what = DisplayText::tr("The provider does not know this model");
    else if (errorCode == QLatin1String("UNSUPPORTED_PROVIDER")) what = DisplayText::tr("No provider takes this model id");
    else if (errorCode == QLatin1String("MISSING_API_KEY")) what = DisplayText::tr("No API key is set for this provider");
    else if (errorCode == QLatin1String("INVALID_RESPONSE")) what = DisplayText::tr("The provider's answer could not be read");
    else what = DisplayText::tr("Unknown error");
    if (detail.isEmpty()) return what + QLatin1Char('.');
    return DisplayText::tr("%1: %2").arg(what, detail);
}

QString failureAdviceText(const QString& errorCode, const QString& modelId)
{
    QString keyVariable;
    const QString provider = providerName(modelId, &keyVariable);
    if (errorCode == QLatin1String("MISSING_API_KEY"))
        return keyVariable.isEmpty() ? DisplayText::tr("Configure a key for %1 in Settings and resume the run.").arg(provider)
                                     : DisplayText::tr("Set %1 in Settings (or in the environment or a .env file) and resume the run.").arg(keyVariable);
    if (errorCode == QLatin1String("AUTH_ERROR"))
        return DisplayText::tr("Check in Settings that the key for %1 is current and allowed to use this model.").arg(provider);
    if (errorCode == QLatin1String("RATE_LIMIT"))
        return DisplayText::tr("%1 is limiting requests: resume the run later, or with fewer parallel requests.").arg(provider);
    if (errorCode == QLatin1String("NOT_FOUND")) return DisplayText::tr("%1 does not know this model id: check its spelling in Models.").arg(provider);
    if (errorCode == QLatin1String("UNSUPPORTED_PROVIDER"))
        return DisplayText::tr("Prefix the model id with its provider (openai:, anthropic:, google:, xai:, deepseek:, mistral:, local:).");
    if (errorCode == QLatin1String("TIMEOUT") || errorCode == QLatin1String("NETWORK_ERROR") || errorCode == QLatin1String("SERVER_ERROR"))
        return DisplayText::tr("A passing fault at %1: resume the run to retry the failed cells.").arg(provider);
    if (errorCode == QLatin1String("VALIDATION_ERROR"))
        return DisplayText::tr("%1 rejected the request: read the message and check the model's settings in Models.").arg(provider);
    if (errorCode == QLatin1String("INVALID_RESPONSE"))
        return DisplayText::tr("%1 answered in a form that could not be read: resume the run, and report it if it stays.").arg(provider);
    return {};
}

} // namespace vr::ui
