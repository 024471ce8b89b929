// The parser's working state: the bridge between the lexer and the Bison
// grammar (go.y), and the tree-building helpers its actions call. Private
// to the parser layer; parse.h is the public face.
#pragma once

#include <string_view>
#include <set>
#include <utility>
#include <vector>

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "parser/header.h"

namespace gos {

class Driver {
public:
    Driver(std::string_view text, Diagnostics& diags, ast::Ast& ast, bool allowScript)
        : lexer_(text, diags), diags_(diags), ast_(ast), allowScript_(allowScript) {}

    using Header = StmtHeader;

    bool parse(bool exact);  // false on a syntax error

    // ---- lexer side ----
    Token nextToken();
    const Token& lookahead() const { return tok_; }
    Tok previousKind() const { return prevKind_; }  // the token before the lookahead
    // What the innermost open bracket encloses, for "in X; possibly missing"
    // messages. Decided from the tokens before it, as far as they tell.
    enum class Enclosing : uint8_t { None, Group, Params, Args, Paren, StructType, InterfaceType, Brace, Index };
    // (as it was before the lookahead, which may itself open or close one)
    Enclosing enclosing() const { return enclosingBefore_; }
    // if, for or switch when the parser is in that statement's header.
    Tok header() const { return headerBefore_; }
    Pos peekPos();  // position of the token after the lookahead
    Tok lastTopLevelKeyword() const { return lastTopKeyword_; }
    // The same before the lookahead (which may itself be one).
    Tok topLevelKeywordBefore() const { return topKeywordBefore_; }

    // ---- errors ----
    void syntaxErrorAt(Pos pos, const std::string& message);  // "syntax error: " + message
    void errorAt(Pos pos, const std::string& message);
    void generics(Pos pos);
    // "syntax error: unexpected X" + suffix, X the lookahead as gc names it.
    void unexpected(Pos pos, const std::string& suffix);
    bool atTopLevel() const;  // outside every brace
    bool packageMode() const { return sawPackage_; }  // the file has a package clause

    // ---- tree building ----
    ast::Arena& arena() { return ast_.arena; }
    ast::File& file() { return ast_.file; }

    template <class T>
    T* node(Pos pos) {
        T* n = ast_.arena.make<T>();
        n->kind = T::kKind;
        n->pos = pos;
        return n;
    }
    template <class T>
    ast::List<T> one(T* item) {
        ast::List<T> l;
        l.push(ast_.arena, item);
        return l;
    }

    ast::Ident* ident(Pos pos, std::string_view name);
    ast::BasicLit* basicLit(Pos pos, Tok kind, std::string_view text);
    ast::Expr* paren(Pos pos, ast::Expr* x);
    ast::Expr* selector(Pos pos, ast::Expr* x, ast::Ident* sel);
    ast::Expr* typeAssert(Pos pos, ast::Expr* x, ast::Expr* type);
    ast::Expr* index(Pos pos, ast::Expr* x, ast::Expr* index);
    ast::Expr* slice(Pos pos, ast::Expr* x, ast::Expr* lo, ast::Expr* hi, ast::Expr* max, bool three,
                     Pos colon1 = {}, Pos colon2 = {}, Pos rbrack = {});
    ast::Expr* call(Pos pos, ast::Expr* fun, ast::List<ast::Expr> args, bool dots, Pos rparen);
    ast::Expr* compositeLit(Pos pos, ast::Expr* type, ast::List<ast::Expr> elts, Pos rbrace);
    ast::Expr* unary(Pos pos, Tok op, ast::Expr* x);
    ast::Expr* binary(Pos pos, Tok op, ast::Expr* x, ast::Expr* y);
    ast::Expr* chanType(Pos pos, ast::ChanDir dir, ast::Expr* elem);
    ast::FuncType* funcType(Pos pos, ast::List<ast::Field> params, ast::List<ast::Field> results);
    ast::Field* field(Pos pos, ast::List<ast::Ident> names, ast::Expr* type, ast::BasicLit* tag);
    ast::List<ast::Field> params(ast::List<ast::Field> raw);

    ast::Stmt* exprStmt(ast::Expr* x);
    ast::Stmt* incDec(Pos pos, ast::Expr* x, Tok op);
    ast::Stmt* assign(Pos pos, ast::List<ast::Expr> lhs, Tok op, ast::List<ast::Expr> rhs);
    ast::Stmt* callStmt(Pos pos, Tok tok, ast::Expr* x);
    ast::Stmt* labeled(ast::Ident* label, Pos colon, ast::Stmt* stmt);
    ast::Stmt* branch(Pos pos, Tok tok, ast::Ident* label);
    ast::BlockStmt* block(Pos pos, ast::List<ast::Stmt> list, Pos rbrace);
    void addStmt(ast::List<ast::Stmt>& list, ast::Stmt* s);
    Header* newHeader() { return ast_.arena.make<Header>(); }
    ast::Stmt* ifStmt(Pos pos, const Header& h, ast::BlockStmt* body, ast::Stmt* els);
    ast::Stmt* switchStmt(Pos pos, const Header& h, ast::List<ast::Stmt> clauses, Pos rbrace);
    ast::Stmt* commClause(Pos pos, ast::Stmt* comm, ast::List<ast::Stmt> body);
    Header* rangeHeader(Pos pos, ast::List<ast::Expr> lhs, Tok tok, ast::Expr* x);
    ast::Stmt* forStmt(Pos pos, const Header& h, ast::BlockStmt* body);

    ast::GenDecl* genDecl(Pos pos, Tok tok, bool grouped);
    void addSpec(ast::GenDecl* d, ast::Node* spec);
    void numberConstSpecs(ast::GenDecl* d);
    ast::Node* importSpec(Pos pos, ast::Ident* name, Pos pathPos, std::string_view path);
    ast::Node* valueSpec(ast::List<ast::Ident> names, ast::Expr* type, ast::List<ast::Expr> values);
    ast::Node* typeSpec(ast::Ident* name, bool alias, ast::Expr* type);
    ast::Node* funcDecl(Pos pos, const ast::List<ast::Field>* recv, ast::Ident* name, ast::FuncType* sig,
                        ast::BlockStmt* body);
    void addItem(ast::Node* item);

private:
    struct Semi {
        Pos pos;
        SemiKind kind;
    };

    ast::Expr* headerExpr(const Header& h, const char* keyword);
    std::string describe(const Token& t) const;
    void notValue(ast::Stmt* s);
    SemiKind semiKindAt(Pos pos) const;

    Lexer lexer_;
    void spotGenerics();
    void trackBrackets();

    Token tok_;         // the token most recently handed to the parser
    Tok prevKind_ = Tok::Eof;
    Tok history_[3] = {Tok::Eof, Tok::Eof, Tok::Eof};  // the three tokens before tok_, oldest first
    Pos lbrackPos_;     // position of the most recent '['
    std::vector<Enclosing> brackets_;
    std::set<std::pair<uint32_t, uint32_t>> badLiterals_;  // positions of malformed literals
    Enclosing enclosingBefore_ = Enclosing::None;
    Tok topKeywordBefore_ = Tok::Eof;
    Tok headerKeyword_ = Tok::Eof;
    Tok headerBefore_ = Tok::Eof;
    size_t headerDepth_ = 0;
    Tok lastTopKeyword_ = Tok::Eof;  // func, var, const, type or import last seen outside brackets
    bool genericsSeen_ = false;
    Diagnostics& diags_;
    ast::Ast& ast_;
    bool allowScript_;
    bool first_ = true;
    bool sawPackage_ = false;
    bool syntaxFailed_ = false;
    Semi semis_[2] = {};  // the last two semicolons, for header messages
    unsigned semiCount_ = 0;
};

}  // namespace gos
