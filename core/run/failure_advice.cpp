#include "run/failure_advice.h"

#include "llm/model_route.h"
#include "llm/provider.h"

namespace vr::run {

QString failureAdvice(const QString& errorCode, const QString& modelId)
{
    QString provider = QStringLiteral("the provider");
    QString keyVariable;
    try {
        const llm::ProviderInfo& info = llm::providerInfo(llm::routeModel(modelId.toStdString()).provider);
        provider = QString::fromUtf8(info.displayName);
        if (info.keyVariable) keyVariable = QString::fromUtf8(info.keyVariable);
    } catch (...) {
        // An id no provider takes: the advice below for UNSUPPORTED_PROVIDER covers it.
    }
    if (errorCode == QLatin1String("MISSING_API_KEY"))
        return keyVariable.isEmpty() ? QStringLiteral("configure a key for %1 and run again").arg(provider)
                                     : QStringLiteral("set %1 (environment, .env file or the workbench's Settings) and run again").arg(keyVariable);
    if (errorCode == QLatin1String("AUTH_ERROR"))
        return QStringLiteral("%1 refused the key%2: check that it is current and allowed to use this model")
            .arg(provider, keyVariable.isEmpty() ? QString() : QStringLiteral(" in %1").arg(keyVariable));
    if (errorCode == QLatin1String("RATE_LIMIT"))
        return QStringLiteral("%1 is limiting requests: run again later or with a lower --concurrency").arg(provider);
    if (errorCode == QLatin1String("NOT_FOUND")) return QStringLiteral("%1 does not know this model id: check its spelling").arg(provider);
    if (errorCode == QLatin1String("UNSUPPORTED_PROVIDER"))
        return QStringLiteral("no provider takes this model id: prefix it (openai:, anthropic:, google:, xai:, deepseek:, mistral:, local:)");
    if (errorCode == QLatin1String("TIMEOUT") || errorCode == QLatin1String("NETWORK_ERROR") || errorCode == QLatin1String("SERVER_ERROR"))
        return QStringLiteral("a passing fault at %1: run the same command again to retry these cells").arg(provider);
    if (errorCode == QLatin1String("VALIDATION_ERROR"))
        return QStringLiteral("%1 rejected the request: read the message, and check the model's settings in the catalog").arg(provider);
    if (errorCode == QLatin1String("INVALID_RESPONSE")) return QStringLiteral("%1 answered in a form that could not be read: run again, and report it if it stays").arg(provider);
    return {};
}

} // namespace vr::run
