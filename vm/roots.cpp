#include "vm/roots.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "support/collector.h"

namespace gos::vm {

// The live blocks, a list threaded through them; read by the collector's
// hook and changed only under the allocation lock (see roots.h).
struct RootRegistry {
    static RootBlock* head;
    static GC_push_other_roots_proc previous;

    static void push() {
        if (previous) previous();
        for (RootBlock* b = head; b; b = b->next_) {
            // scanned now, as a thread's stack is: pushing each block as a
            // range to mark later would overflow the mark stack (which
            // cannot grow here) once there are thousands of goroutines
            size_t n = b->extent_ ? std::min(b->bytes_, b->extent_(b->owner_)) : b->bytes_;
            if (n) GC_push_all_eager(b->data_, static_cast<char*>(b->data_) + n);
        }
    }

    static void* link(void* arg) {
        static bool installed = false;
        if (!installed) {
            previous = GC_get_push_other_roots();
            GC_set_push_other_roots(push);
            installed = true;
        }
        auto* b = static_cast<RootBlock*>(arg);
        b->next_ = head;
        if (head) head->prev_ = b;
        head = b;
        return nullptr;
    }

    static void* unlink(void* arg) {
        auto* b = static_cast<RootBlock*>(arg);
        if (b->prev_) b->prev_->next_ = b->next_;
        else head = b->next_;
        if (b->next_) b->next_->prev_ = b->prev_;
        return nullptr;
    }

    struct Growth {
        RootBlock* block;
        size_t bytes;
        bool ok;
    };
    static void* grow(void* arg) {
        auto* g = static_cast<Growth*>(arg);
        RootBlock* b = g->block;
        void* p = nullptr;
        if (g->bytes < RootBlock::kSmallBytes) {
            // small: C++ heap memory, copied when it grows
            p = std::calloc(1, g->bytes);
            if (!p) return nullptr;
            if (b->data_) std::memcpy(p, b->data_, b->bytes_);
            std::free(b->data_);
        } else if (b->data_ && b->bytes_ >= RootBlock::kSmallBytes) {
            p = mremap(b->data_, b->bytes_, g->bytes, MREMAP_MAYMOVE);
            if (p == MAP_FAILED) return nullptr;
        } else {
            p = mmap(nullptr, g->bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) return nullptr;
            if (b->data_) {
                std::memcpy(p, b->data_, b->bytes_);
                std::free(b->data_);
            }
        }
        g->ok = true;
        b->data_ = p;
        b->bytes_ = g->bytes;
        return nullptr;
    }

    static void* release(void* arg) {
        auto* b = static_cast<RootBlock*>(arg);
        if (b->bytes_ >= RootBlock::kSmallBytes) munmap(b->data_, b->bytes_);
        else std::free(b->data_);
        b->data_ = nullptr;
        b->bytes_ = 0;
        return nullptr;
    }
};

RootBlock* RootRegistry::head = nullptr;
GC_push_other_roots_proc RootRegistry::previous = nullptr;

RootBlock::RootBlock() {
    support::initCollector();
    GC_call_with_alloc_lock(RootRegistry::link, this);
}

RootBlock::~RootBlock() {
    GC_call_with_alloc_lock(RootRegistry::unlink, this);
    RootRegistry::release(this);
}

void RootBlock::release() { GC_call_with_alloc_lock(RootRegistry::release, this); }

bool RootBlock::grow(size_t bytes) {
    size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    if (bytes <= bytes_) return true;
    if (bytes > SIZE_MAX - page) return false;
    // small blocks by 64 bytes, mapped ones by pages
    size_t unit = bytes < kSmallBytes ? 64 : page;
    RootRegistry::Growth g{this, (bytes + unit - 1) / unit * unit, false};
    GC_call_with_alloc_lock(RootRegistry::grow, &g);
    return g.ok;
}

}  // namespace gos::vm
