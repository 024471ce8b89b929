// Package strings, as natives.
//
// The package is split by what the functions do, one file each: searching
// (search.cpp), splitting and joining (split.cpp), trimming (trim.cpp),
// making new strings (transform.cpp), comparing (compare.cpp), the
// functions taking a Go func (funcs.cpp) and the Builder type
// (builder.cpp). Each file declares its own members; this one
// only assembles the package.
//
// Every function answers what Go 1.19's answers, byte for byte, including
// on invalid UTF-8, and panics where Go panics with Go's message. Results
// that Go returns as substrings of an argument are substrings here too (a
// Go string is an immutable view, so sharing is invisible), and new []string
// results have Go's capacity.
#include "stdlib/strings/text.h"

namespace gos::stdlib {

void declareStrings(PackageBuilder& b) {
    text::declareSearch(b);
    text::declareSplit(b);
    text::declareTrim(b);
    text::declareTransform(b);
    text::declareCompare(b);
    text::declareFuncs(b);
    text::declareBuilder(b);
}

}  // namespace gos::stdlib
