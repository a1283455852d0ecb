#include "health/health_report.h"

#include "protocol/environment.h"
#include "protocol/json_log.h"
#include "vr_version.h"

#include <QSslSocket>
#include <QtGlobal>
#include <boost/version.hpp>
#include <nlohmann/json.hpp>

namespace vr {
namespace {

std::string compilerName()
{
#if defined(__clang__)
    return "Clang " __clang_version__;
#elif defined(__GNUC__)
    return "GCC " + std::to_string(__GNUC__) + "." + std::to_string(__GNUC_MINOR__) + "."
        + std::to_string(__GNUC_PATCHLEVEL__);
#else
    return "unknown";
#endif
}

std::string boostVersion()
{
    return std::to_string(BOOST_VERSION / 100000) + "." + std::to_string(BOOST_VERSION / 100 % 1000) + "."
        + std::to_string(BOOST_VERSION % 100);
}

} // namespace

Json buildHealthReport()
{
    const JsonLogger log("health_check");
    log.info("Running health check");
    loadDotEnvOnce();

    Json packages = Json::object();
    packages["qt"] = qVersion();
    packages["nlohmann_json"] = std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "."
        + std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_PATCH);
    packages["boost"] = boostVersion();

    Json apiKeys = Json::object();
    int keyCount = 0;
    for (const auto& key : referenceProviderKeys()) {
        // The reference tests `is not None`: a key set to "" still counts as configured here.
        const bool set = envValue(key.variable).has_value();
        apiKeys[key.provider] = set;
        keyCount += set ? 1 : 0;
    }

    Json warnings = Json::array();
    if (!QSslSocket::supportsSsl())
        warnings.push_back("Qt has no TLS backend - HTTPS providers will fail (install Qt's OpenSSL plugin)");
    if (keyCount == 0) warnings.push_back("No LLM API keys configured - probe jobs will fail");
    for (const auto& w : warnings) log.warn(w.get<std::string>());

    Json health = Json::object();
    health["pythonVersion"] = VR_VERSION;
    health["packages"] = packages;
    health["apiKeys"] = apiKeys;
    health["warnings"] = warnings;
    health["runtime"] = Json{{"name", "valuerank"}, {"version", VR_VERSION}, {"qt", qVersion()}, {"compiler", compilerName()}};

    log.info("Health check complete", {{"pythonVersion", VR_VERSION}, {"packageCount", packages.size()},
                                       {"apiKeyCount", keyCount}, {"warningCount", warnings.size()}});
    return health;
}

} // namespace vr
