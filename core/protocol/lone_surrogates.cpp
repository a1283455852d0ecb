#include "protocol/lone_surrogates.h"

#include <cstring>

namespace vr {
namespace {

// The value of the \uXXXX escape starting at text[at] (the backslash), or -1 when it is not one.
int escapeValue(const char* text, std::size_t size, std::size_t at)
{
    if (at + 6 > size || text[at] != '\\' || text[at + 1] != 'u') return -1;
    int value = 0;
    for (std::size_t i = at + 2; i < at + 6; ++i) {
        const char c = text[i];
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

bool replaceLoneSurrogates(char* text, std::size_t size)
{
    bool changed = false;
    std::size_t at = 0;
    while (at < size) {
        const void* found = std::memchr(text + at, '\\', size - at);
        if (!found) break;
        at = static_cast<std::size_t>(static_cast<const char*>(found) - text);
        const int value = escapeValue(text, size, at);
        if (value < 0xD800 || value > 0xDFFF) {
            at += 2; // any other escape, \\ included
            continue;
        }
        const int next = value <= 0xDBFF ? escapeValue(text, size, at + 6) : -1;
        if (next >= 0xDC00 && next <= 0xDFFF) {
            at += 12; // a proper pair
            continue;
        }
        std::memcpy(text + at, "\\uFFFD", 6);
        changed = true;
        at += 6;
    }
    return changed;
}

} // namespace vr
