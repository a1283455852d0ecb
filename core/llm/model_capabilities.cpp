#include "llm/model_capabilities.h"

#include "llm/chat.h"
#include "model_capabilities_data.h"

#include <QRegularExpression>
#include <QString>

#include <mutex>
#include <vector>

namespace vr::llm {
namespace {

struct Rule {
    std::string provider;
    QRegularExpression pattern;
    ModelCapabilities capabilities;
};

std::optional<double> optionalNumber(const Json& rule, const char* key)
{
    const auto it = rule.find(key);
    return it != rule.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
}

const std::vector<Rule>& rules()
{
    static const std::vector<Rule> table = [] {
        std::vector<Rule> out;
        const Json document = Json::parse(kModelCapabilitiesJson);
        for (const Json& rule : document.at("families")) {
            Rule r;
            r.provider = rule.at("provider").get<std::string>();
            r.pattern = QRegularExpression(QString::fromStdString(rule.value("pattern", std::string())), QRegularExpression::CaseInsensitiveOption);
            ModelCapabilities& c = r.capabilities;
            c.family = rule.at("family").get<std::string>();
            c.temperature = rule.value("temperature", true);
            c.tokenLimitParam = rule.value("tokenLimitParam", std::string("max_tokens"));
            c.seed = rule.value("seed", true);
            c.reasons = rule.value("reasons", false);
            if (const auto w = optionalNumber(rule, "contextWindow")) c.contextWindow = static_cast<long long>(*w);
            c.inputPrice = optionalNumber(rule, "inputPrice");
            c.outputPrice = optionalNumber(rule, "outputPrice");
            out.push_back(std::move(r));
        }
        return out;
    }();
    return table;
}

} // namespace

Json ModelCapabilities::toJson() const
{
    Json j = {{"family", family}, {"temperature", temperature}, {"tokenLimitParam", tokenLimitParam}, {"seed", seed}, {"reasons", reasons}};
    j["contextWindow"] = contextWindow ? Json(*contextWindow) : Json();
    j["inputPrice"] = inputPrice ? Json(*inputPrice) : Json();
    j["outputPrice"] = outputPrice ? Json(*outputPrice) : Json();
    return j;
}

ModelCapabilities tableCapabilities(Provider provider, const std::string& model)
{
    const std::string providerId = providerInfo(provider).id;
    const QString name = QString::fromStdString(model);
    for (const Rule& rule : rules())
        if (rule.provider == providerId && rule.pattern.match(name).hasMatch()) return rule.capabilities;
    return {};
}

ModelCapabilities requestCapabilities(Provider provider, const std::string& model, const Json& modelConfig)
{
    if (!modelConfig.is_object() || modelConfig.empty()) return tableCapabilities(provider, model);
    ModelCapabilities c; // the reference's behaviour, then the caller's keys
    if (modelConfig.contains("maxTokensParam") && modelConfig["maxTokensParam"].is_string())
        c.tokenLimitParam = modelConfig["maxTokensParam"].get<std::string>();
    if (modelConfig.contains("temperature") && modelConfig["temperature"].is_boolean()) c.temperature = modelConfig["temperature"].get<bool>();
    if (modelConfig.contains("seed") && modelConfig["seed"].is_boolean()) c.seed = modelConfig["seed"].get<bool>();
    c.reasons = tableCapabilities(provider, model).reasons;
    return c;
}

bool sendsTemperature(const ModelCapabilities& c, const ChatRequest& request)
{
    return c.temperature && request.temperature.is_number() && !request.omits("temperature");
}

bool sendsSeed(const ModelCapabilities& c, const ChatRequest& request)
{
    return c.seed && !request.seed.is_null() && !request.omits("seed");
}

Json capabilitiesAsModelConfig(const ModelCapabilities& c)
{
    return {{"maxTokensParam", c.tokenLimitParam}, {"temperature", c.temperature}, {"seed", c.seed}};
}

} // namespace vr::llm
