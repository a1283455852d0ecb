#include "protocol/environment.h"

#include "protocol/json_log.h"

#include <cstdlib>
#include <fstream>
#include <mutex>

extern char** environ;

namespace vr {
namespace {

std::string trim(std::string_view s)
{
    const auto begin = s.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos) return {};
    const auto end = s.find_last_not_of(" \t\r");
    return std::string(s.substr(begin, end - begin + 1));
}

std::string unquote(std::string value)
{
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
        const char quote = value.front();
        value = value.substr(1, value.size() - 2);
        if (quote == '"') {
            std::string out;
            for (size_t i = 0; i < value.size(); ++i) {
                if (value[i] == '\\' && i + 1 < value.size()) {
                    const char n = value[++i];
                    out += n == 'n' ? '\n' : n == 't' ? '\t' : n;
                } else {
                    out += value[i];
                }
            }
            return out;
        }
        return value;
    }
    // An unquoted value ends at an inline comment.
    const auto hash = value.find(" #");
    if (hash != std::string::npos) value = trim(value.substr(0, hash));
    return value;
}

std::mutex& dotEnvMutex()
{
    static std::mutex m;
    return m;
}

std::vector<std::string>& dotEnvNames()
{
    static std::vector<std::string> names;
    return names;
}

void registerKeySecrets()
{
    for (char** e = environ; e && *e; ++e) {
        std::string_view entry(*e);
        const auto eq = entry.find('=');
        if (eq == std::string_view::npos) continue;
        const auto name = entry.substr(0, eq);
        if (name.size() > 8 && name.substr(name.size() - 8) == "_API_KEY")
            JsonLogger::addSecret(std::string(entry.substr(eq + 1)));
    }
}

} // namespace

std::optional<std::filesystem::path> findDotEnv(std::filesystem::path start)
{
    std::error_code ec;
    auto dir = std::filesystem::absolute(start, ec);
    if (ec) return std::nullopt;
    while (true) {
        const auto candidate = dir / ".env";
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
        if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
        dir = dir.parent_path();
    }
}

int loadDotEnvFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    int set = 0;
    std::string line;
    while (std::getline(in, line)) {
        std::string text = trim(line);
        if (text.empty() || text[0] == '#') continue;
        if (text.rfind("export ", 0) == 0) text = trim(text.substr(7));
        const auto eq = text.find('=');
        if (eq == std::string::npos) continue;
        const std::string name = trim(text.substr(0, eq));
        if (name.empty()) continue;
        const std::string value = unquote(trim(text.substr(eq + 1)));
        if (std::getenv(name.c_str()) == nullptr) {
            ::setenv(name.c_str(), value.c_str(), 0);
            std::lock_guard lock(dotEnvMutex());
            dotEnvNames().push_back(name);
            ++set;
        }
    }
    return set;
}

void loadDotEnvOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        std::error_code ec;
        if (auto file = findDotEnv(std::filesystem::current_path(ec))) loadDotEnvFile(*file);
        registerKeySecrets();
    });
}

bool cameFromDotEnv(const char* name)
{
    std::lock_guard lock(dotEnvMutex());
    for (const auto& n : dotEnvNames())
        if (n == name) return true;
    return false;
}

std::optional<std::string> envValue(const char* name)
{
    if (const char* v = std::getenv(name)) return std::string(v);
    return std::nullopt;
}

std::optional<std::string> envNonEmpty(const char* name)
{
    auto v = envValue(name);
    if (v && !v->empty()) return v;
    return std::nullopt;
}

double envDouble(const char* name, double fallback)
{
    const auto v = envNonEmpty(name);
    if (!v) return fallback;
    char* end = nullptr;
    const double d = std::strtod(v->c_str(), &end);
    return end && *end == '\0' ? d : fallback;
}

const std::vector<ProviderKeyVariable>& referenceProviderKeys()
{
    static const std::vector<ProviderKeyVariable> keys{
        {"openai", "OPENAI_API_KEY"}, {"anthropic", "ANTHROPIC_API_KEY"}, {"google", "GOOGLE_API_KEY"},
        {"xai", "XAI_API_KEY"},       {"deepseek", "DEEPSEEK_API_KEY"},   {"mistral", "MISTRAL_API_KEY"},
    };
    return keys;
}

} // namespace vr
