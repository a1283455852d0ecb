#pragma once
// Process configuration: the environment plus a `.env` file found from the working directory upward,
// which never overrides a variable that is already set (python-dotenv's load_dotenv, the reference, docs/worker-protocol.md).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vr {

// Loads the first `.env` found from `start` (default: the working directory) upward, once per process.
// Every *_API_KEY value in the environment afterwards is registered as a secret for log redaction.
void loadDotEnvOnce();
// Parses one .env file into the environment without overriding; returns how many variables it set.
int loadDotEnvFile(const std::filesystem::path& file);
std::optional<std::filesystem::path> findDotEnv(std::filesystem::path start);

// Whether a variable's value came from the .env file rather than the process environment.
bool cameFromDotEnv(const char* name);

std::optional<std::string> envValue(const char* name);
// A variable that is set and non-empty (the adapters' truthiness test).
std::optional<std::string> envNonEmpty(const char* name);
double envDouble(const char* name, double fallback);

struct ProviderKeyVariable {
    const char* provider; // "openai", as health_check reports it
    const char* variable; // "OPENAI_API_KEY"
};
// The six reference providers, in health_check's order.
const std::vector<ProviderKeyVariable>& referenceProviderKeys();

} // namespace vr
