// Memory outside the collected heap that holds pointers into it.
//
// A VM's slot stack and its call records (CallFrame) hold Go pointers, and
// must be scanned by the collector, but they must not be collected heap
// objects themselves: a stack that grows to hundreds of megabytes would
// then count as allocation, trigger collections and be copied inside the
// heap. So each is a RootBlock: a small block (a new goroutine's stack) is
// C++ heap memory, so that a hundred thousand goroutines do not need two
// hundred thousand kernel mappings; past kSmallBytes it moves to pages
// mapped from the kernel, grown in place or moved by mremap (never copied,
// and touched only when used). The collector learns of every live RootBlock through its
// push-other-roots hook, scanning each block whole (conservatively, like a
// goroutine stack).
//
// Invariants:
//   - the set of live blocks and each block's {data, bytes} change only
//     while holding the collector's allocation lock, so a collection (which
//     holds it) sees every block either before or after a change, never
//     half-moved;
//   - a block grows (mremap) under that lock too, so no collection sees
//     the old mapping gone and the new one not yet recorded.
#pragma once

#include <cstddef>

namespace gos::vm {

class RootBlock {
public:
    RootBlock();
    ~RootBlock();
    RootBlock(const RootBlock&) = delete;
    RootBlock& operator=(const RootBlock&) = delete;

    void* data() const { return data_; }
    size_t bytes() const { return bytes_; }
    // Grows the block to at least `bytes`, keeping its contents; the new
    // bytes are zero. False (and nothing changed) when the memory cannot be
    // had.
    bool grow(size_t bytes);
    // Gives the memory back (the block is empty, as new).
    void release();
    // What the collector scans: the whole block, or the first
    // extent(owner) bytes of it (the part in use: a goroutine's frames).
    // extent runs inside a collection: it must not allocate or lock.
    void setExtent(size_t (*extent)(const void* owner), const void* owner) {
        extent_ = extent;
        owner_ = owner;
    }

    static constexpr size_t kSmallBytes = 64 * 1024;

private:
    friend struct RootRegistry;
    void* data_ = nullptr;
    size_t bytes_ = 0;
    RootBlock* prev_ = nullptr;
    RootBlock* next_ = nullptr;
    size_t (*extent_)(const void*) = nullptr;
    const void* owner_ = nullptr;
};

// A stack of T (trivially copyable) in a RootBlock: the VM's call records.
template <class T>
class RootStack {
public:
    // only the records in use are scanned
    RootStack() {
        block_.setExtent([](const void* self) { return static_cast<const RootStack*>(self)->size_ * sizeof(T); }, this);
    }
    RootStack(const RootStack&) = delete;
    RootStack& operator=(const RootStack&) = delete;

    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    size_t capacity() const { return block_.bytes() / sizeof(T); }
    T* begin() const { return static_cast<T*>(block_.data()); }
    T* end() const { return begin() + size_; }
    T& operator[](size_t i) const { return begin()[i]; }
    T& back() const { return begin()[size_ - 1]; }
    // Callers make room first (reserve): push_back never allocates.
    void push_back(const T& v) { begin()[size_++] = v; }
    void pop_back() { --size_; }
    void resize(size_t n) { size_ = n; }  // shrinking only
    void clear() { size_ = 0; }
    bool reserve(size_t n) { return n <= capacity() || block_.grow(n * sizeof(T)); }

private:
    RootBlock block_;
    size_t size_ = 0;
};

}  // namespace gos::vm
