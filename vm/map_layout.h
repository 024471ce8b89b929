// How Go lays out the buckets of a map type (maptype's keysize, elemsize,
// bucketsize and flags; map.cpp computes it): key and element slots over
// 128 bytes hold a pointer to a separate object instead. And the cache of
// the last one a VM used.
#pragma once

#include <cstdint>

#include "types/types.h"

namespace gos::vm {

struct MapLayout {
    types::Type* key = nullptr;
    types::Type* elem = nullptr;
    uint64_t keySize = 0;   // bytes per key slot (8 when indirect)
    uint64_t elemSize = 0;  // bytes per element slot (8 when indirect)
    uint64_t elemsOffset = 0;
    uint64_t overflowOffset = 0;
    uint64_t bucketSize = 0;  // 8 tophash bytes, 8 keys, 8 elems, overflow pointer
    bool indirectKey = false;
    bool indirectElem = false;
    bool pointerFree = false;     // buckets hold no pointers: allocated atomic, overflow
                                  // buckets kept alive through the map's side list
    bool plainKey = false;        // keys compare and hash as plain memory
    bool reflexiveKey = false;    // k == k for every key (no floats, no interfaces)
    bool needKeyUpdate = false;   // an assignment overwrites an equal key (+0/-0, strings, interfaces)
    bool hashMightPanic = false;  // the key holds an interface
};

struct MapLayoutCache {
    const types::Map* type = nullptr;
    MapLayout layout;
};

}  // namespace gos::vm
