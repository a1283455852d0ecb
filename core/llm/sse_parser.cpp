#include "llm/sse_parser.h"

namespace vr::llm {

std::vector<SseEvent> SseParser::feed(std::string_view chunk)
{
    std::vector<SseEvent> out;
    for (char c : chunk) {
        if (c == '\n' && m_lastWasCarriageReturn) { // the \n of a \r\n pair
            m_lastWasCarriageReturn = false;
            continue;
        }
        m_lastWasCarriageReturn = c == '\r';
        if (c == '\n' || c == '\r') {
            takeLine(m_line, out);
            m_line.clear();
        } else {
            m_line += c;
        }
    }
    return out;
}

std::vector<SseEvent> SseParser::finish()
{
    std::vector<SseEvent> out;
    if (!m_line.empty()) {
        takeLine(m_line, out);
        m_line.clear();
    }
    takeLine({}, out); // the blank line that did not come
    return out;
}

void SseParser::takeLine(std::string_view line, std::vector<SseEvent>& out)
{
    if (line.empty()) {
        if (m_dataLines > 0) out.push_back(std::move(m_event));
        m_event = SseEvent{};
        m_dataLines = 0;
        return;
    }
    if (line.front() == ':') return; // comment / keep-alive
    const auto colon = line.find(':');
    const std::string_view field = line.substr(0, colon);
    std::string_view value = colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    if (field == "data") {
        if (m_dataLines++ > 0) m_event.data += '\n';
        m_event.data += value;
    } else if (field == "event") {
        m_event.event = std::string(value);
    }
}

} // namespace vr::llm
