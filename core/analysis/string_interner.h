#pragma once
// Dense ids for repeated strings (model ids, scenario ids, dimension names), in order of first appearance.
// Views must outlive the interner (they point into the input buffer or into owned storage).
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vr::analysis {

class StringInterner {
public:
    // The id of `text`, adding it when new. `text` must stay valid as long as the interner.
    std::uint32_t intern(std::string_view text)
    {
        if (m_last < m_strings.size() && m_strings[m_last] == text) return m_last;
        auto [it, added] = m_ids.try_emplace(text, static_cast<std::uint32_t>(m_strings.size()));
        if (added) m_strings.push_back(text);
        m_last = it->second;
        return it->second;
    }
    // As intern(), but copies the text first (for unescaped strings that live in a temporary buffer).
    std::uint32_t internCopy(std::string_view text)
    {
        if (auto it = m_ids.find(text); it != m_ids.end()) return m_last = it->second;
        return intern(m_owned.emplace_back(text));
    }
    std::string_view text(std::uint32_t id) const { return m_strings[id]; }
    std::size_t size() const { return m_strings.size(); }

private:
    std::unordered_map<std::string_view, std::uint32_t> m_ids;
    std::vector<std::string_view> m_strings;
    std::deque<std::string> m_owned;
    std::uint32_t m_last = UINT32_MAX;
};

} // namespace vr::analysis
