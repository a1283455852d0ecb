#include "llm/model_route.h"

#include "llm/mock_options.h"
#include "protocol/worker_error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace vr::llm {
namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

Provider inferProvider(std::string_view modelId)
{
    const std::string id = lower(modelId);
    if (const auto colon = id.find(':'); colon != std::string::npos) {
        static const std::array<std::pair<const char*, Provider>, 9> explicitPrefixes{{
            {"openai", Provider::OpenAI},
            {"anthropic", Provider::Anthropic},
            {"google", Provider::Google},
            {"xai", Provider::XAI},
            {"deepseek", Provider::DeepSeek},
            {"mistral", Provider::Mistral},
            {"local", Provider::Local},
            {"ollama", Provider::Local},
            {"mock", Provider::Mock},
        }};
        const std::string prefix = id.substr(0, colon);
        for (const auto& [name, provider] : explicitPrefixes)
            if (prefix == name) return provider;
    }
    static const std::array<std::pair<Provider, std::array<const char*, 7>>, 6> patterns{{
        {Provider::OpenAI, {"gpt", "text-", "o1", "davinci", "curie", "babbage", "ada"}},
        {Provider::Anthropic, {"claude"}},
        {Provider::Google, {"gemini"}},
        {Provider::XAI, {"grok"}},
        {Provider::DeepSeek, {"deepseek"}},
        {Provider::Mistral, {"mistral"}},
    }};
    for (const auto& [provider, needles] : patterns)
        for (const char* needle : needles)
            if (needle && id.find(needle) != std::string::npos) return provider;
    return Provider::Unknown;
}

std::string cleanModelName(std::string_view modelId)
{
    const auto colon = modelId.find(':');
    return std::string(colon == std::string_view::npos ? modelId : modelId.substr(colon + 1));
}

ModelRoute routeModel(std::string_view modelId)
{
    const Provider provider = inferProvider(modelId);
    if (provider == Provider::Unknown)
        throw WorkerError::llm("Cannot determine provider for model '" + std::string(modelId) + "'", ErrorCode::UnsupportedProvider);
    std::string model = cleanModelName(modelId);
    if (provider == Provider::Mock) parseMockOptions(model); // a bad name or setting is refused here, before any call
    return {provider, std::move(model)};
}

} // namespace vr::llm
