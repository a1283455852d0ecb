#pragma once
// OpenAI's chat completions API and the providers that speak it: xAI, DeepSeek (max_tokens capped at 8192),
// Mistral, and local servers (Ollama, llama.cpp, vLLM, LM Studio).
#include "llm/provider_adapter.h"

namespace vr::llm {

class OpenAiCompatibleAdapter : public ProviderAdapter {
public:
    explicit OpenAiCompatibleAdapter(Provider provider) : m_info(providerInfo(provider)) {}
    HttpRequestSpec buildRequest(const std::string& model, const ChatRequest& request, bool stream) const override;
    ChatResponse parseResponse(const Json& body) const override;
    std::unique_ptr<StreamDecoder> makeStreamDecoder() const override;

private:
    ChatResponse read(const Json& body) const;
    const ProviderInfo& info() const override { return m_info; }

private:
    const ProviderInfo& m_info;
};

} // namespace vr::llm
