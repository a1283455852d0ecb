#pragma once
// Writes a JSON document straight into a string, in Python's json.dumps style, without building a tree:
// large outputs (a 1M-cell model × scenario matrix) cost one pass and no per-node allocation.
// Non-finite numbers, which JSON cannot hold, are written as null.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vr {


class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : m_out(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);      // always a float: 3.0, not 3
    JsonWriter& integer(long long number);
    JsonWriter& boolean(bool flag);
    JsonWriter& null();
    // An already-serialised JSON fragment.
    JsonWriter& raw(std::string_view json);

    template <typename T>
    JsonWriter& field(std::string_view name, const T& v) { key(name); return value(v); }

private:
    void separate();
    std::string& m_out;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace vr
