#pragma once
// JSON text that Python's json module reads but strict parsers refuse: a \uD800–\uDFFF escape that is not half of
// a surrogate pair (Node's JSON.stringify writes them for broken emoji). The workers read such text the way the
// reference did, except that each lone surrogate becomes U+FFFD, the replacement character (documented in
// docs/worker-protocol.md): the escape is rewritten in place, with the same length.
#include <cstddef>

namespace vr {

// Rewrites every lone surrogate escape in the JSON text to \uFFFD; returns whether anything changed. The text is
// assumed to be JSON: every backslash starts an escape inside a string.
bool replaceLoneSurrogates(char* text, std::size_t size);

} // namespace vr
