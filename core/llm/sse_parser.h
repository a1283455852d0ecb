#pragma once
// Server-sent events (text/event-stream) from arbitrary chunks of bytes: "event:" and "data:" fields,
// multi-line data joined with '\n', a blank line dispatches, comments and unknown fields ignored.
#include <string>
#include <vector>

namespace vr::llm {

struct SseEvent {
    std::string event; // empty means "message"
    std::string data;
};

class SseParser {
public:
    // Feeds more bytes; returns the events they completed.
    std::vector<SseEvent> feed(std::string_view chunk);
    // At the end of the stream: the event whose closing blank line never came (servers and recordings that stop
    // right after the last "data:" line), or nothing. It may be cut short; the caller judges its data.
    std::vector<SseEvent> finish();
    // Bytes received that did not end an event yet (a stream cut here lost them).
    bool hasPartialEvent() const { return !m_line.empty() || m_dataLines > 0 || !m_event.event.empty(); }

private:
    void takeLine(std::string_view line, std::vector<SseEvent>& out);
    std::string m_line;
    SseEvent m_event;
    int m_dataLines = 0;
    bool m_lastWasCarriageReturn = false;
};

} // namespace vr::llm
