#include "parser/syntax_string.h"

#include "support/stack.h"

namespace gos::ast {

namespace {

class Writer {
public:
    std::string out;

    void expr(const Expr* e) {
        if (!e) return;
        if (support::stackExhausted()) {
            out += "...";  // a message about an expression nested beyond the stack
            return;
        }
        switch (e->kind) {
            case Kind::BadExpr: out += "BadExpr"; break;
            case Kind::Ident: out += static_cast<const Ident*>(e)->name; break;
            case Kind::BasicLit: out += static_cast<const BasicLit*>(e)->value; break;
            case Kind::CompositeLit: {
                auto* c = static_cast<const CompositeLit*>(e);
                expr(c->type);
                out += c->elts.empty() ? "{}" : "{…}";
                break;
            }
            case Kind::KeyValueExpr: {
                auto* k = static_cast<const KeyValueExpr*>(e);
                expr(k->key);
                out += ": ";
                expr(k->value);
                break;
            }
            case Kind::FuncLit:
                expr(static_cast<const FuncLit*>(e)->type);
                out += " {…}";
                break;
            case Kind::ParenExpr:
                out += '(';
                expr(static_cast<const ParenExpr*>(e)->x);
                out += ')';
                break;
            case Kind::SelectorExpr: {
                auto* s = static_cast<const SelectorExpr*>(e);
                expr(s->x);
                out += '.';
                out += s->sel->name;
                break;
            }
            case Kind::IndexExpr: {
                auto* i = static_cast<const IndexExpr*>(e);
                expr(i->x);
                out += '[';
                expr(i->index);
                out += ']';
                break;
            }
            case Kind::SliceExpr: {
                auto* s = static_cast<const SliceExpr*>(e);
                expr(s->x);
                out += '[';
                expr(s->low);
                out += ':';
                expr(s->high);
                if (s->slice3) {
                    out += ':';
                    expr(s->max);
                }
                out += ']';
                break;
            }
            case Kind::TypeAssertExpr: {
                auto* t = static_cast<const TypeAssertExpr*>(e);
                expr(t->x);
                out += ".(";
                if (t->type) expr(t->type);
                else out += "type";
                out += ')';
                break;
            }
            case Kind::CallExpr: {
                auto* c = static_cast<const CallExpr*>(e);
                expr(c->fun);
                out += '(';
                list(c->args);
                if (c->hasDots) out += "...";
                out += ')';
                break;
            }
            case Kind::StarExpr:
                out += '*';
                expr(static_cast<const StarExpr*>(e)->x);
                break;
            case Kind::UnaryExpr: {
                auto* u = static_cast<const UnaryExpr*>(e);
                out += tokenSpelling(u->op);
                expr(u->x);
                break;
            }
            case Kind::BinaryExpr: {
                auto* b = static_cast<const BinaryExpr*>(e);
                expr(b->x);
                out += ' ';
                out += tokenSpelling(b->op);
                out += ' ';
                expr(b->y);
                break;
            }
            case Kind::ArrayType: {
                auto* a = static_cast<const ArrayType*>(e);
                out += '[';
                if (a->len && a->len->kind == Kind::Ellipsis) out += "...";
                else expr(a->len);
                out += ']';
                expr(a->elem);
                break;
            }
            case Kind::Ellipsis:
                out += "...";
                expr(static_cast<const Ellipsis*>(e)->elem);
                break;
            case Kind::StructType: {
                out += "struct{";
                fields(static_cast<const StructType*>(e)->fields, "; ");
                out += '}';
                break;
            }
            case Kind::FuncType: {
                auto* f = static_cast<const FuncType*>(e);
                out += "func";
                signature(f);
                break;
            }
            case Kind::InterfaceType: {
                out += "interface{";
                bool first = true;
                for (const Field* m : static_cast<const InterfaceType*>(e)->methods) {
                    if (!first) out += "; ";
                    first = false;
                    if (!m->names.empty()) {
                        out += m->names[0]->name;
                        signature(static_cast<const FuncType*>(m->type));
                    } else {
                        expr(m->type);
                    }
                }
                out += '}';
                break;
            }
            case Kind::MapType: {
                auto* m = static_cast<const MapType*>(e);
                out += "map[";
                expr(m->key);
                out += ']';
                expr(m->value);
                break;
            }
            case Kind::ChanType: {
                auto* c = static_cast<const ChanType*>(e);
                out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
                expr(c->value);
                break;
            }
            default: out += kindName(e->kind); break;
        }
    }

    void list(const List<Expr>& l) {
        for (uint32_t i = 0; i < l.size; ++i) {
            if (i) out += ", ";
            expr(l[i]);
        }
    }

    void fields(const List<Field>& l, const char* sep) {
        for (uint32_t i = 0; i < l.size; ++i) {
            if (i) out += sep;
            const Field* f = l[i];
            for (uint32_t j = 0; j < f->names.size; ++j) {
                if (j) out += ", ";
                out += f->names[j]->name;
            }
            if (!f->names.empty()) out += ' ';
            expr(f->type);
        }
    }

    void signature(const FuncType* f) {
        out += '(';
        fields(f->params, ", ");
        out += ')';
        if (f->results.empty()) return;
        out += ' ';
        bool bare = f->results.size == 1 && f->results[0]->names.empty();
        if (!bare) out += '(';
        fields(f->results, ", ");
        if (!bare) out += ')';
    }
};

}  // namespace

std::string exprString(const Expr* e) {
    Writer w;
    w.expr(e);
    return w.out;
}

std::string stmtString(const Stmt* s) {
    Writer w;
    switch (s->kind) {
        case Kind::ExprStmt: w.expr(static_cast<const ExprStmt*>(s)->x); break;
        case Kind::SendStmt: {
            auto* send = static_cast<const SendStmt*>(s);
            w.expr(send->chan);
            w.out += " <- ";
            w.expr(send->value);
            break;
        }
        case Kind::IncDecStmt: {
            auto* i = static_cast<const IncDecStmt*>(s);
            w.expr(i->x);
            w.out += tokenSpelling(i->op);
            break;
        }
        case Kind::AssignStmt: {
            auto* a = static_cast<const AssignStmt*>(s);
            w.list(a->lhs);
            w.out += ' ';
            w.out += tokenSpelling(a->op);
            w.out += ' ';
            w.list(a->rhs);
            break;
        }
        default: w.out += kindName(s->kind); break;
    }
    return w.out;
}

}  // namespace gos::ast
