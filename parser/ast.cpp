#include "parser/ast.h"

namespace gos::ast {

void* Arena::allocate(size_t size, size_t align) {
    auto aligned = [&](char* p) {
        return reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(p) + align - 1) & ~(uintptr_t(align) - 1));
    };
    char* p = cur_ ? aligned(cur_) : nullptr;
    if (!p || p + size > end_) {
        size_t blockSize = std::max<size_t>(size + align, 64 * 1024);
        blocks_.push_back(std::make_unique<char[]>(blockSize));
        cur_ = blocks_.back().get();
        end_ = cur_ + blockSize;
        p = aligned(cur_);
    }
    cur_ = p + size;
    return p;
}

const char* kindName(Kind k) {
    static const char* const kNames[] = {
#define GOS_AST_NAME(name) #name,
        GOS_AST_NODES(GOS_AST_NAME)
#undef GOS_AST_NAME
    };
    return kNames[static_cast<size_t>(k)];
}

Pos startPos(const Node* n) {
    for (;;) {
        switch (n->kind) {
            case Kind::CompositeLit: {
                auto* c = static_cast<const CompositeLit*>(n);
                if (!c->type) return c->pos;
                n = c->type;
                break;
            }
            case Kind::KeyValueExpr: n = static_cast<const KeyValueExpr*>(n)->key; break;
            case Kind::SelectorExpr: n = static_cast<const SelectorExpr*>(n)->x; break;
            case Kind::IndexExpr: n = static_cast<const IndexExpr*>(n)->x; break;
            case Kind::SliceExpr: n = static_cast<const SliceExpr*>(n)->x; break;
            case Kind::TypeAssertExpr: n = static_cast<const TypeAssertExpr*>(n)->x; break;
            case Kind::CallExpr: n = static_cast<const CallExpr*>(n)->fun; break;
            case Kind::BinaryExpr: n = static_cast<const BinaryExpr*>(n)->x; break;
            case Kind::Field: {
                auto* f = static_cast<const Field*>(n);
                if (!f->names.empty()) return f->names[0]->pos;
                if (!f->type) return f->pos;
                n = f->type;
                break;
            }
            case Kind::ExprStmt: n = static_cast<const ExprStmt*>(n)->x; break;
            case Kind::SendStmt: n = static_cast<const SendStmt*>(n)->chan; break;
            case Kind::IncDecStmt: n = static_cast<const IncDecStmt*>(n)->x; break;
            case Kind::AssignStmt: n = static_cast<const AssignStmt*>(n)->lhs[0]; break;
            default: return n->pos;
        }
    }
}

}  // namespace gos::ast
