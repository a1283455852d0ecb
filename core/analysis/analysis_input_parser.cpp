#include "analysis/analysis_input_parser.h"

#include "protocol/envelope.h"
#include "protocol/json.h"
#include "protocol/worker_error.h"

#include <cctype>
#include <simdjson.h>

#include <charconv>
#include <cstdlib>
#include <unordered_map>

#ifndef VR_SIMD_VARIANT
#define VR_SIMD_VARIANT generic
#endif

namespace vr::analysis::VR_SIMD_VARIANT {
namespace {

namespace od = simdjson::ondemand;

constexpr int kMaxSkipDepth = 500;

class Parser {
public:
    explicit Parser(std::string_view input) : m_input(input) {}

    ParsedAnalysisInput run()
    {
        od::parser parser;
        od::document doc;
        // Stage 1 (structure, UTF-8) reports its errors here, before any value is read.
        if (const auto error = parser.iterate(simdjson::padded_string_view(m_input.data(), m_input.size(),
                                                                           m_input.size() + simdjson::SIMDJSON_PADDING))
                                   .get(doc))
            throw invalidJsonError(m_input, simdjson::error_message(error), 0);
        try {
            parseDocument(doc);
        } catch (const simdjson::simdjson_error& e) {
            throw invalidJsonError(m_input, simdjson::error_message(e.error()), offset(doc));
        }
        return std::move(m_result);
    }

private:
    size_t offset(od::document& doc)
    {
        const char* at = nullptr;
        if (doc.current_location().get(at) == simdjson::SUCCESS && at >= m_input.data())
            return static_cast<size_t>(at - m_input.data());
        return m_input.size();
    }

    void parseDocument(od::document& doc)
    {
        const od::json_type type = doc.type();
        if (type == od::json_type::array) {
            // The reference's `in` test on a list just fails: "Missing required field: runId".
            od::value v = doc.get_value();
            skip(v);
            requireEnd(doc);
            return;
        }
        if (type != od::json_type::object) {
            // A document made of one scalar: read it whole (On-Demand reads root scalars with the typed getters).
            const auto check = [](simdjson::error_code error) {
                if (error) throw simdjson::simdjson_error(error);
            };
            if (type == od::json_type::string) {
                std::string_view text;
                check(doc.get_string().get(text));
            } else if (type == od::json_type::number) {
                double number = 0;
                check(doc.get_double().get(number));
            } else if (type == od::json_type::boolean) {
                bool flag = false;
                check(doc.get_bool().get(flag));
            } else {
                // A root null: the whole document must be the four letters, whitespace around them aside.
                std::string_view text = m_input;
                while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
                while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
                if (text != "null") throw simdjson::simdjson_error(simdjson::TRAILING_CONTENT);
            }
            if (type != od::json_type::null) requireEnd(doc);
            // `"x" in str` is False in the reference (the same answer as a list); `x in 5` raises TypeError.
            if (type == od::json_type::string) return;
            throw InputTypeError("argument of type '" + std::string(type == od::json_type::number ? "int"
                                                                    : type == od::json_type::boolean ? "bool"
                                                                                                        : "NoneType")
                                     + "' is not iterable",
                                 "TypeError");
        }
        od::object root = doc.get_object();
        TranscriptSet& set = m_result.set;
        for (auto field : root) {
            const od::raw_json_string key = field.key();
            od::value v = field.value();
            if (key == "runId") {
                set.hasRunId = true;
                set.runIdForLog = logText(v);
            } else if (key == "transcripts") {
                set.hasTranscripts = true;
                set.transcriptsIsArray = v.type() == od::json_type::array;
                if (set.transcriptsIsArray) parseTranscripts(v.get_array());
                else skip(v);
            } else if (key == "options") {
                parseOptions(v);
            } else if (key == "transcriptIds") {
                set.hasTranscriptIdsArray = v.type() == od::json_type::array;
                if (set.hasTranscriptIdsArray) {
                    set.transcriptIdsCount = 0;
                    for (auto element : v.get_array()) {
                        od::value item = element.value();
                        skip(item);
                        ++set.transcriptIdsCount;
                    }
                } else {
                    skip(v);
                }
            } else {
                skip(v);
            }
        }
        requireEnd(doc);
    }

    // "options": every key optional, unknown keys ignored, a wrong type recorded as the error to report.
    void parseOptions(od::value& v)
    {
        TranscriptSet& set = m_result.set;
        auto fail = [&](std::string message) {
            if (!set.optionsError) set.optionsError = std::move(message);
        };
        if (v.type() != od::json_type::object) {
            fail("options must be an object");
            skip(v);
            return;
        }
        for (auto field : v.get_object()) {
            const od::raw_json_string key = field.key();
            od::value value = field.value();
            if (key == "repeats") {
                if (value.type() == od::json_type::string) {
                    const std::string_view mode = value.get_string();
                    if (mode == "last") set.options.repeats = RepeatsMode::Last;
                    else if (mode == "cell-mean") set.options.repeats = RepeatsMode::CellMean;
                    else fail("options.repeats must be \"last\" or \"cell-mean\"");
                } else {
                    fail("options.repeats must be \"last\" or \"cell-mean\"");
                    skip(value);
                }
            } else if (key == "bootstrap") {
                parseBootstrap(value, fail);
            } else {
                skip(value);
            }
        }
    }

    template <typename Fail>
    void parseBootstrap(od::value& v, Fail& fail)
    {
        AnalysisOptions& options = m_result.set.options;
        if (v.type() != od::json_type::object) {
            fail("options.bootstrap must be an object {\"samples\": N, \"seed\": S}");
            skip(v);
            return;
        }
        for (auto field : v.get_object()) {
            const od::raw_json_string key = field.key();
            od::value value = field.value();
            if (key == "samples" || key == "seed") {
                const bool samples = key == "samples";
                std::uint64_t number = 0;
                const std::uint64_t limit = samples ? kMaxBootstrapSamples : kMaxBootstrapSeed;
                const bool whole = value.type() == od::json_type::number && value.get_uint64().get(number) == simdjson::SUCCESS;
                if (!whole) skip(value);
                if (!whole || number > limit)
                    fail("options.bootstrap." + std::string(samples ? "samples" : "seed") + " must be a whole number from 0 to "
                         + std::to_string(limit));
                else if (samples) options.bootstrapSamples = static_cast<std::uint32_t>(number);
                else options.bootstrapSeed = number;
            } else {
                skip(value);
            }
        }
    }

    // Anything but whitespace after the root value is an error, as in Python's json.loads ("Extra data").
    void requireEnd(od::document& doc)
    {
        const char* at = nullptr;
        if (doc.current_location().get(at) != simdjson::SUCCESS) return; // consumed to the end
        const char* end = m_input.data() + m_input.size();
        if (at < m_input.data() || at >= end) return;
        throw simdjson::simdjson_error(simdjson::TRAILING_CONTENT);
    }

    // Consumes (and so validates) any value; nesting deeper than the protocol allows is an error, not a crash.
    void skip(od::value& v, int depth = 0)
    {
        if (depth > kMaxSkipDepth) throw simdjson::simdjson_error(simdjson::DEPTH_ERROR);
        switch (v.type()) {
        case od::json_type::object:
            for (auto field : v.get_object()) {
                od::value inner = field.value();
                skip(inner, depth + 1);
            }
            break;
        case od::json_type::array:
            for (auto element : v.get_array()) {
                od::value inner = element.value();
                skip(inner, depth + 1);
            }
            break;
        case od::json_type::string: (void)std::string_view(v.get_string()); break;
        case od::json_type::number: (void)double(v.get_double()); break;
        case od::json_type::boolean: (void)bool(v.get_bool()); break;
        case od::json_type::null:
            if (!v.is_null()) throw simdjson::simdjson_error(simdjson::N_ATOM_ERROR);
            break;
        }
    }

    std::string logText(od::value& v)
    {
        if (v.type() == od::json_type::string) return std::string(std::string_view(v.get_string()));
        std::string text(trimToken(v.raw_json_token()));
        skip(v);
        return text;
    }

    static std::string_view trimToken(std::string_view token)
    {
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        return token;
    }

    void deferTypeError(std::string message, std::string typeName)
    {
        if (!m_result.typeError) m_result.typeError.emplace(std::move(message), std::move(typeName));
    }

    // A string value as a view into the input when it has no escapes, else unescaped and copied.
    std::uint32_t internString(od::value& v, StringInterner& interner)
    {
        const std::string_view token = trimToken(v.raw_json_token());
        if (token.size() >= 2 && token.find('\\') == std::string_view::npos) {
            const std::string_view inner = token.substr(1, token.size() - 2);
            (void)std::string_view(v.get_string()); // validates and advances
            return interner.intern(inner);
        }
        return interner.internCopy(std::string_view(v.get_string()));
    }

    template <typename FieldResult>
    std::uint32_t internKey(FieldResult& field, StringInterner& interner)
    {
        const od::raw_json_string key = field.key();
        const char* raw = key.raw();
        const char* end = raw;
        bool escaped = false;
        while (*end != '"') {
            if (*end == '\\') {
                escaped = true;
                ++end;
            }
            ++end;
        }
        if (!escaped) return interner.intern(std::string_view(raw, static_cast<size_t>(end - raw)));
        return interner.internCopy(std::string_view(field.unescaped_key()));
    }

    void parseTranscripts(od::array transcripts)
    {
        TranscriptSet& set = m_result.set;
        set.records.clear();
        set.dimensionLevels.clear();
        set.valueMarks.clear();
        for (auto element : transcripts) {
            od::value t = element.value();
            if (t.type() != od::json_type::object) {
                deferTypeError("'" + std::string(typeName(t.type())) + "' object has no attribute 'get'", "AttributeError");
                skip(t);
                continue;
            }
            parseTranscript(t.get_object());
        }
    }

    static const char* typeName(od::json_type type)
    {
        switch (type) {
        case od::json_type::array: return "list";
        case od::json_type::object: return "dict";
        case od::json_type::number: return "int";
        case od::json_type::string: return "str";
        case od::json_type::boolean: return "bool";
        case od::json_type::null: return "NoneType";
        }
        return "object";
    }

    void parseTranscript(od::object object)
    {
        TranscriptSet& set = m_result.set;
        TranscriptRecord record;
        record.dimensionsBegin = static_cast<std::uint32_t>(set.dimensionLevels.size());
        record.valuesBegin = static_cast<std::uint32_t>(set.valueMarks.size());
        bool hasModel = false, hasScenario = false;
        std::optional<std::uint32_t> nameKey;
        std::string_view scenarioIdText = "unknown";
        for (auto field : object) {
            const od::raw_json_string key = field.key();
            od::value v = field.value();
            if (key == "modelId") {
                if (v.type() == od::json_type::string) {
                    record.model = internString(v, set.models);
                    hasModel = true;
                } else {
                    deferTypeError("modelId must be a string", "TypeError");
                    skip(v);
                }
            } else if (key == "scenarioId") {
                if (v.type() == od::json_type::string) {
                    record.scenario = internString(v, set.scenarios);
                    scenarioIdText = set.scenarios.text(record.scenario);
                    hasScenario = true;
                } else {
                    deferTypeError("scenarioId must be a string", "TypeError");
                    skip(v);
                }
            } else if (key == "summary") {
                if (v.type() == od::json_type::object) parseSummary(v.get_object(), record);
                else {
                    deferTypeError("'" + std::string(typeName(v.type())) + "' object has no attribute 'get'", "AttributeError");
                    skip(v);
                }
            } else if (key == "scenario") {
                if (v.type() == od::json_type::object) nameKey = parseScenario(v.get_object(), record);
                else {
                    deferTypeError("'" + std::string(typeName(v.type())) + "' object has no attribute 'get'", "AttributeError");
                    skip(v);
                }
            } else {
                skip(v);
            }
        }
        if (!hasModel) record.model = set.models.intern("unknown");
        if (!hasScenario) record.scenario = set.scenarios.intern("unknown");
        record.scenarioKey = nameKey ? *nameKey : set.scenarioKeys.intern(scenarioIdText);
        record.dimensionCount = static_cast<std::uint16_t>(set.dimensionLevels.size() - record.dimensionsBegin);
        record.valueCount = static_cast<std::uint16_t>(set.valueMarks.size() - record.valuesBegin);
        set.records.push_back(record);
    }

    void parseSummary(od::object summary, TranscriptRecord& record)
    {
        for (auto field : summary) {
            const od::raw_json_string key = field.key();
            od::value v = field.value();
            if (key == "score") parseScore(v, record);
            else if (key == "values") {
                if (v.type() == od::json_type::object) {
                    parseValues(v.get_object(), record);
                } else {
                    deferTypeError("'" + std::string(typeName(v.type())) + "' object has no attribute 'items'", "AttributeError");
                    skip(v);
                }
            } else {
                skip(v);
            }
        }
    }

    void parseScore(od::value& v, TranscriptRecord& record)
    {
        switch (v.type()) {
        case od::json_type::null:
            (void)v.is_null();
            record.scored = false;
            return;
        case od::json_type::number: {
            const double score = v.get_double();
            record.scored = true;
            record.score = score;
            setBucket(record, std::trunc(score));
            return;
        }
        case od::json_type::boolean: {
            const bool flag = v.get_bool();
            record.scored = true;
            record.score = flag ? 1.0 : 0.0;
            setBucket(record, record.score);
            return;
        }
        case od::json_type::string: {
            // Python float() accepts numeric strings; int() for the distribution bucket accepts only integers.
            const std::string text(std::string_view(v.get_string()));
            char* end = nullptr;
            const double score = std::strtod(text.c_str(), &end);
            const bool numeric = end != text.c_str() && text.find_first_not_of(" \t\n\r", static_cast<size_t>(end - text.c_str())) == std::string::npos
                && std::isfinite(score);
            if (!numeric) {
                deferTypeError("could not convert string to float: '" + text + "'", "ValueError");
                return;
            }
            long long asInt = 0;
            const std::string trimmed = text.substr(text.find_first_not_of(" \t\n\r"));
            const auto [ptr, ec] = std::from_chars(trimmed.data() + (trimmed[0] == '+' ? 1 : 0), trimmed.data() + trimmed.size(), asInt);
            if (ec != std::errc() || trimmed.find_first_not_of(" \t\n\r", static_cast<size_t>(ptr - trimmed.data())) != std::string::npos) {
                deferTypeError("invalid literal for int() with base 10: '" + text + "'", "ValueError");
                return;
            }
            record.scored = true;
            record.score = score;
            setBucket(record, static_cast<double>(asInt));
            return;
        }
        default:
            deferTypeError("float() argument must be a string or a real number", "TypeError");
            skip(v);
        }
    }

    static void setBucket(TranscriptRecord& record, double truncated)
    {
        record.bucket = (truncated >= 1.0 && truncated <= 5.0) ? static_cast<std::int8_t>(truncated) : 0;
    }

    void parseValues(od::object values, const TranscriptRecord& record)
    {
        TranscriptSet& set = m_result.set;
        for (auto field : values) {
            const std::uint32_t id = internKey(field, set.values);
            od::value v = field.value();
            ValueStatus status = ValueStatus::Neutral;
            if (v.type() == od::json_type::string) {
                const std::string_view text = v.get_string();
                if (text == "prioritized") status = ValueStatus::Prioritized;
                else if (text == "deprioritized") status = ValueStatus::Deprioritized;
            } else {
                skip(v);
            }
            // A repeated key overwrites, as in a Python dict.
            bool replaced = false;
            for (size_t i = record.valuesBegin; i < set.valueMarks.size(); ++i)
                if (set.valueMarks[i].value == id) {
                    set.valueMarks[i].status = status;
                    replaced = true;
                }
            if (!replaced) set.valueMarks.push_back({id, status});
        }
    }

    std::optional<std::uint32_t> parseScenario(od::object scenario, TranscriptRecord& record)
    {
        TranscriptSet& set = m_result.set;
        std::optional<std::uint32_t> nameKey;
        for (auto field : scenario) {
            const od::raw_json_string key = field.key();
            od::value v = field.value();
            if (key == "name") {
                if (v.type() == od::json_type::string) {
                    nameKey = internString(v, set.scenarioKeys);
                    if (set.scenarioKeys.text(*nameKey).empty()) nameKey.reset();
                } else if (v.type() == od::json_type::null) {
                    (void)v.is_null();
                } else {
                    deferTypeError("scenario.name must be a string", "TypeError");
                    skip(v);
                }
            } else if (key == "dimensions") {
                switch (v.type()) {
                case od::json_type::object: parseDimensions(v.get_object(), record); break;
                case od::json_type::null:
                    deferTypeError("'NoneType' object has no attribute 'items'", "AttributeError");
                    (void)v.is_null();
                    break;
                default:
                    deferTypeError("'" + std::string(typeName(v.type())) + "' object has no attribute 'items'", "AttributeError");
                    skip(v);
                }
            } else {
                skip(v);
            }
        }
        return nameKey;
    }

    void parseDimensions(od::object dimensions, TranscriptRecord& record)
    {
        TranscriptSet& set = m_result.set;
        for (auto field : dimensions) {
            const std::uint32_t dimension = internKey(field, set.dimensions);
            od::value v = field.value();
            const std::uint32_t level = internLevel(v);
            bool replaced = false;
            for (size_t i = record.dimensionsBegin; i < set.dimensionLevels.size(); ++i)
                if (set.dimensionLevels[i].dimension == dimension) {
                    set.dimensionLevels[i].level = level;
                    replaced = true;
                }
            if (!replaced) set.dimensionLevels.push_back({dimension, level});
            record.hasDimensions = true;
        }
    }

    // Python str() of a dimension value: ints as written, floats as repr, True/False/None, strings as they are.
    std::uint32_t internLevel(od::value& v)
    {
        std::string text;
        double numeric = std::nan("");
        switch (v.type()) {
        case od::json_type::number: {
            const std::string_view token = trimToken(v.raw_json_token());
            numeric = v.get_double();
            if (token.find_first_of(".eE") == std::string_view::npos) {
                text = std::string(token);
                if (text == "-0") text = "0";
            } else {
                appendPythonFloat(text, numeric);
            }
            break;
        }
        case od::json_type::string: text = std::string(std::string_view(v.get_string())); break;
        case od::json_type::boolean: text = bool(v.get_bool()) ? "True" : "False"; break;
        case od::json_type::null:
            (void)v.is_null();
            text = "None";
            break;
        default:
            text = "\x01" + std::string(trimToken(v.raw_json_token())); // a container: its own group
            skip(v);
        }
        auto [it, added] = m_levelIds.try_emplace(text, static_cast<std::uint32_t>(m_result.set.levels.size()));
        if (added) m_result.set.levels.push_back({text, numeric});
        return it->second;
    }

    std::string_view m_input;
    ParsedAnalysisInput m_result;
    std::unordered_map<std::string, std::uint32_t> m_levelIds;
};

} // namespace

ParsedAnalysisInput parseAnalysisInput(std::string_view input)
{
    return Parser(input).run();
}

} // namespace vr::analysis::VR_SIMD_VARIANT
