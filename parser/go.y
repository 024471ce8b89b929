// The grammar of Go 1.19 (type parameters aside), for Bison's LALR(1)
// C++ parser.
//
// Three things make Go awkward for an LR grammar; each is handled in the
// grammar itself rather than by feedback to the lexer:
//
// 1. Composite literals in statement headers. In `if x == T{} {` the first
//    `{` opens the block: the spec forbids a composite literal whose type is
//    a bare type name between `if`, `for` or `switch` and the block, unless
//    it is parenthesised. So headers use a second copy of the expression
//    rules (the `_nb` ones, "no brace") in which `primary {` is not a
//    composite literal; inside (), [] and function bodies the full rules are
//    back. Literal types (`[]int{1}`, `struct{}{}`, `map[K]V{}`) and function
//    literals need no such care and are allowed everywhere, as in gc.
//
// 2. Types inside expressions. `[]byte(s)`, `make(map[string]int)`,
//    `(*T)(p)` and `case []int:` put types where operands stand. Type
//    literals are therefore operands too, and `*T` is parsed as an
//    indirection; the checker decides which expressions denote types.
//    Declarations, parameters and fields use the separate `type` rules.
//
// 3. Parameter lists. Whether `(a, b int)` names its parameters is known
//    only at the end of the list, so each parameter is parsed as
//    `[name] type` and Driver::params() groups names and reports
//    "mixed named and unnamed parameters" where gc does.
//
// Type parameters are not part of gos yet. The driver spots their
// unmistakable token patterns (`func F[`, `[T any`, `[K, V`) and stops
// with "generics are not supported yet" at the '['.
//
// Script mode: a file without a package clause may mix statements with
// declarations at top level. A file with one is held to Go's rules, and
// a statement at top level is gc's "non-declaration statement outside
// function body".
//
// The remaining shift/reduce choices are settled by precedence and each
// one is named where it is declared, so Bison reports no conflicts.

%require "3.7"
%language "c++"
%skeleton "lalr1.cc"
%define api.namespace {gos::yy}
%define api.parser.class {GoParser}
%define api.value.type variant
%define api.token.constructor
%define api.location.type {gos::Span}
%define parse.error custom
// Two parsers are generated from this file (see CMakeLists.txt): this fast
// one, and GoParserExact, built with LAC and default reductions, which the
// driver runs only on files with a syntax error. Without default reductions
// the fast parser stops on the very token gc stops on; the exact one also
// knows precisely which tokens it expected there, for the message.
// GOS_PARSER names the class being compiled.
%define parse.lac none
%define lr.default-reduction accepting
%locations

%param {gos::Driver& drv}

%code requires {
#include "lexer/source.h"
#include "parser/ast.h"
#include "parser/header.h"
namespace gos { class Driver; }
}

%code {
#include "parser/driver.h"

namespace gos {
template <class Parser>
typename Parser::symbol_type lexSymbol(Driver& drv);
}
#define yylex(d) ::gos::lexSymbol<GOS_PARSER>(d)

using namespace gos::ast;
using gos::Tok;
#define N(T, pos) drv.node<T>(pos)
}

%token END 0 "EOF"
%token <std::string_view> IDENT "name" INT "int literal" FLOAT "float literal" IMAG "imaginary literal"
%token <std::string_view> CHAR "rune literal" STRING "string literal"
%token <gos::Tok> ASSIGN_OP "op=" CMP_OP "comparison" MUL_OP "multiplicative operator"
%token ADD "+" SUB "-" STAR "*" AMP "&" OR "|" XOR "^" LAND "&&" LOR "||"
%token ARROW "<-" INC "++" DEC "--" ASSIGN "=" NOT "!" DEFINE ":=" ELLIPSIS "..." TILDE "~"
%token LPAREN "(" LBRACK "[" LBRACE "{" COMMA "comma" PERIOD "." RPAREN ")" RBRACK "]"
%token RBRACE "}" SEMI "semicolon or newline" COLON ":"
%token BREAK "break" CASE "case" CHAN "chan" CONST "const" CONTINUE "continue"
%token DEFAULT "default" DEFER "defer" ELSE "else" FALLTHROUGH "fallthrough" FOR "for"
%token FUNC "func" GO "go" GOTO "goto" IF "if" IMPORT "import" INTERFACE "interface"
%token MAP "map" PACKAGE "package" RANGE "range" RETURN "return" SELECT "select"
%token STRUCT "struct" SWITCH "switch" TYPE "type" VAR "var"

// Lowest first. These mark rules that must give way to a shift, as gc's
// greedy parser does:
//   NO_RESULT     a signature without a result, before a token that can start
//                 one: `func() *T {` has result *T;
//   LITERAL_TYPE  a type literal followed by `{`: a composite literal, even
//                 in a statement header (`for _, x := range []int{1} {`);
//   TYPE_NAME     a type name followed by `.` (`chan pkg.T`) or, at script
//                 top level, by `(`: `func (r T) M()` declares a method.
%precedence NO_RESULT
%precedence LITERAL_TYPE
%precedence TYPE_NAME
%precedence LPAREN LBRACK LBRACE ARROW PERIOD
%left LOR
%left LAND
%left CMP_OP
%left ADD SUB OR XOR
%left STAR AMP MUL_OP

%type <ast::Expr*> expr expr_nb unary unary_nb primary primary_nb operand basic_lit
%type <ast::Expr*> literal_type type_operand complit_lt func_lit element_value element
%type <ast::Expr*> type type_np type_na type_np_na type_name array_type slice_type
%type <ast::Expr*> struct_type pointer_type interface_type map_type chan_type recv_chan_type
%type <ast::Expr*> expr_opt
%type <ast::FuncType*> func_type signature
%type <ast::List<ast::Expr>> expr_list expr_list_nb elements element_list args expr_list_opt
%type <ast::List<ast::Field>> params param_list result field_decls iface_elems
%type <ast::Field*> param field_decl iface_elem
%type <ast::List<ast::Ident>> ident_list
%type <ast::Ident*> ident label_opt
%type <ast::BasicLit*> tag_opt
%type <ast::Stmt*> stmt simple_stmt simple_stmt_nb simple_opt_nb if_stmt else_opt
%type <ast::Stmt*> switch_stmt select_stmt for_stmt
%type <ast::BlockStmt*> block body_opt
%type <ast::List<ast::Stmt>> stmt_list case_clauses comm_clauses
%type <ast::Stmt*> case_clause comm_clause
%type <gos::StmtHeader*> header for_header
%type <ast::GenDecl*> gen_decl import_decl
%type <ast::List<ast::Node>> const_specs var_specs type_specs import_specs
%type <ast::Node*> const_spec var_spec type_spec import_spec func_decl
%type <bool> comma_opt

%start file

%%

// ---- files ---------------------------------------------------------------

file
    : PACKAGE ident SEMI { drv.file().package = $2; } imports pkg_items
    | imports script_items
    ;

imports
    : %empty
    | imports import_decl SEMI { drv.file().imports.push(drv.arena(), $2); }
    ;

pkg_items
    : %empty
    | pkg_items gen_decl SEMI { drv.addItem($2); }
    | pkg_items func_decl SEMI { drv.addItem($2); }
    ;

script_items
    : stmt { drv.addItem($1); }
    | script_items SEMI stmt { drv.addItem($3); }
    | func_decl { drv.addItem($1); }
    | script_items SEMI func_decl { drv.addItem($3); }
    ;

// ---- declarations ----------------------------------------------------------

import_decl
    : IMPORT import_spec { $$ = drv.genDecl(@1.begin, Tok::Import, false); drv.addSpec($$, $2); }
    | IMPORT LPAREN import_specs RPAREN { $$ = drv.genDecl(@1.begin, Tok::Import, true); $$->specs = $3; }
    ;

import_specs
    : %empty { $$ = {}; }
    | import_spec { $$ = {}; $$.push(drv.arena(), $1); }
    | import_specs SEMI { $$ = $1; }
    | import_specs SEMI import_spec { $$ = $1; $$.push(drv.arena(), $3); }
    ;

import_spec
    : STRING { $$ = drv.importSpec(@1.begin, nullptr, @1.begin, $1); }
    | ident STRING { $$ = drv.importSpec(@1.begin, $1, @2.begin, $2); }
    | PERIOD STRING { $$ = drv.importSpec(@1.begin, drv.ident(@1.begin, "."), @2.begin, $2); }
    ;

gen_decl
    : CONST const_spec { $$ = drv.genDecl(@1.begin, Tok::Const, false); drv.addSpec($$, $2); }
    | CONST LPAREN const_specs RPAREN { $$ = drv.genDecl(@1.begin, Tok::Const, true); $$->specs = $3; drv.numberConstSpecs($$); }
    | VAR var_spec { $$ = drv.genDecl(@1.begin, Tok::Var, false); drv.addSpec($$, $2); }
    | VAR LPAREN var_specs RPAREN { $$ = drv.genDecl(@1.begin, Tok::Var, true); $$->specs = $3; }
    | TYPE type_spec { $$ = drv.genDecl(@1.begin, Tok::Type, false); drv.addSpec($$, $2); }
    | TYPE LPAREN type_specs RPAREN { $$ = drv.genDecl(@1.begin, Tok::Type, true); $$->specs = $3; }
    ;

const_specs
    : %empty { $$ = {}; }
    | const_spec { $$ = {}; $$.push(drv.arena(), $1); }
    | const_specs SEMI { $$ = $1; }
    | const_specs SEMI const_spec { $$ = $1; $$.push(drv.arena(), $3); }
    ;

var_specs
    : %empty { $$ = {}; }
    | var_spec { $$ = {}; $$.push(drv.arena(), $1); }
    | var_specs SEMI { $$ = $1; }
    | var_specs SEMI var_spec { $$ = $1; $$.push(drv.arena(), $3); }
    ;

type_specs
    : %empty { $$ = {}; }
    | type_spec { $$ = {}; $$.push(drv.arena(), $1); }
    | type_specs SEMI { $$ = $1; }
    | type_specs SEMI type_spec { $$ = $1; $$.push(drv.arena(), $3); }
    ;

const_spec
    : ident_list { $$ = drv.valueSpec($1, nullptr, {}); }
    | var_spec { $$ = $1; }
    ;

var_spec
    : ident_list type { $$ = drv.valueSpec($1, $2, {}); }
    | ident_list type ASSIGN expr_list { $$ = drv.valueSpec($1, $2, $4); }
    | ident_list ASSIGN expr_list { $$ = drv.valueSpec($1, nullptr, $3); }
    ;

type_spec
    : ident type { $$ = drv.typeSpec($1, false, $2); }
    | ident ASSIGN type { $$ = drv.typeSpec($1, true, $3); }
    ;

func_decl
    : FUNC ident signature body_opt { $$ = drv.funcDecl(@1.begin, nullptr, $2, $3, $4); }
    | FUNC params ident signature body_opt { $$ = drv.funcDecl(@1.begin, &$2, $3, $4, $5); }
    ;

body_opt
    : %empty { $$ = nullptr; }
    | block { $$ = $1; }
    ;

// ---- types -------------------------------------------------------------------
// type_np: no parenthesised type at the top (a result list starts with '(');
// type_na: no `<-chan` at the top (after `chan`, `<-` binds to the left chan).

type
    : LPAREN type RPAREN { $$ = drv.paren(@1.begin, $2); }
    | type_np { $$ = $1; }
    ;

type_np
    : type_np_na { $$ = $1; }
    | recv_chan_type { $$ = $1; }
    ;

type_na
    : LPAREN type RPAREN { $$ = drv.paren(@1.begin, $2); }
    | type_np_na { $$ = $1; }
    ;

type_np_na
    : type_name
    | array_type
    | slice_type
    | struct_type
    | pointer_type
    | func_type { $$ = $1; }
    | interface_type
    | map_type
    | chan_type
    ;

type_name
    : ident %prec TYPE_NAME { $$ = $1; }
    | ident PERIOD ident { $$ = drv.selector(@2.begin, $1, $3); }
    ;

array_type
    : LBRACK expr RBRACK type { auto* t = N(ArrayType, @1.begin); t->len = $2; t->elem = $4; $$ = t; }
    | LBRACK ELLIPSIS RBRACK type { auto* t = N(ArrayType, @1.begin); t->len = N(Ellipsis, @2.begin); t->elem = $4; $$ = t; }
    ;

slice_type
    : LBRACK RBRACK type { auto* t = N(ArrayType, @1.begin); t->elem = $3; $$ = t; }
    ;

pointer_type
    : STAR type { auto* t = N(StarExpr, @1.begin); t->x = $2; $$ = t; }
    ;

map_type
    : MAP LBRACK type RBRACK type { auto* t = N(MapType, @1.begin); t->key = $3; t->value = $5; $$ = t; }
    ;

chan_type
    : CHAN type_na { $$ = drv.chanType(@1.begin, ChanDir::Both, $2); }
    | CHAN ARROW type { $$ = drv.chanType(@1.begin, ChanDir::Send, $3); }
    ;

recv_chan_type
    : ARROW CHAN type { $$ = drv.chanType(@1.begin, ChanDir::Recv, $3); }
    ;

func_type
    : FUNC signature { $$ = $2; $$->pos = @1.begin; }
    ;

signature
    : params %prec NO_RESULT { $$ = drv.funcType(@1.begin, $1, {}); }
    | params result { $$ = drv.funcType(@1.begin, $1, $2); }
    ;

result
    : params { $$ = $1; }
    | type_np { $$ = {}; $$.push(drv.arena(), drv.field(startPos($1), {}, $1, nullptr)); }
    ;

params
    : LPAREN RPAREN { $$ = {}; }
    | LPAREN param_list comma_opt RPAREN { $$ = drv.params($2); }
    ;

param_list
    : param { $$ = {}; $$.push(drv.arena(), $1); }
    | param_list COMMA param { $$ = $1; $$.push(drv.arena(), $3); }
    ;

param
    : type { $$ = drv.field(startPos($1), {}, $1, nullptr); }
    | ident type { $$ = drv.field($1->pos, drv.one($1), $2, nullptr); }
    | ident ELLIPSIS type { auto* e = N(Ellipsis, @2.begin); e->elem = $3; $$ = drv.field($1->pos, drv.one($1), e, nullptr); }
    | ELLIPSIS type { auto* e = N(Ellipsis, @1.begin); e->elem = $2; $$ = drv.field(@1.begin, {}, e, nullptr); }
    ;

struct_type
    : STRUCT LBRACE field_decls RBRACE { auto* t = N(StructType, @1.begin); t->fields = $3; $$ = t; }
    ;

field_decls
    : %empty { $$ = {}; }
    | field_decl { $$ = {}; $$.push(drv.arena(), $1); }
    | field_decls SEMI { $$ = $1; }
    | field_decls SEMI field_decl { $$ = $1; $$.push(drv.arena(), $3); }
    ;

field_decl
    : ident_list type tag_opt { $$ = drv.field($1[0]->pos, $1, $2, $3); }
    | type_name tag_opt { $$ = drv.field(startPos($1), {}, $1, $2); }
    | STAR type_name tag_opt { auto* t = N(StarExpr, @1.begin); t->x = $2; $$ = drv.field(@1.begin, {}, t, $3); }
    | LPAREN type_name RPAREN tag_opt { drv.syntaxErrorAt(@1.begin, "cannot parenthesize embedded type"); $$ = drv.field(@1.begin, {}, $2, $4); }
    | LPAREN STAR type_name RPAREN tag_opt { drv.syntaxErrorAt(@1.begin, "cannot parenthesize embedded type"); $$ = drv.field(@1.begin, {}, $3, $5); }
    | STAR LPAREN type_name RPAREN tag_opt { drv.syntaxErrorAt(@2.begin, "cannot parenthesize embedded type"); $$ = drv.field(@1.begin, {}, $3, $5); }
    ;

tag_opt
    : %empty { $$ = nullptr; }
    | STRING { $$ = drv.basicLit(@1.begin, Tok::String, $1); }
    ;

interface_type
    : INTERFACE LBRACE iface_elems RBRACE { auto* t = N(InterfaceType, @1.begin); t->methods = $3; $$ = t; }
    ;

iface_elems
    : %empty { $$ = {}; }
    | iface_elem { $$ = {}; $$.push(drv.arena(), $1); }
    | iface_elems SEMI { $$ = $1; }
    | iface_elems SEMI iface_elem { $$ = $1; $$.push(drv.arena(), $3); }
    ;

iface_elem
    : ident signature { $$ = drv.field($1->pos, drv.one($1), $2, nullptr); }
    | type_name { $$ = drv.field(startPos($1), {}, $1, nullptr); }
    ;

ident_list
    : ident { $$ = drv.one($1); }
    | ident_list COMMA ident { $$ = $1; $$.push(drv.arena(), $3); }
    ;

ident
    : IDENT { $$ = drv.ident(@1.begin, $1); }
    ;

comma_opt
    : %empty { $$ = false; }
    | COMMA { $$ = true; }
    ;

// ---- expressions -------------------------------------------------------------

expr
    : unary
    | expr LOR expr { $$ = drv.binary(@2.begin, Tok::LOr, $1, $3); }
    | expr LAND expr { $$ = drv.binary(@2.begin, Tok::LAnd, $1, $3); }
    | expr CMP_OP expr { $$ = drv.binary(@2.begin, $2, $1, $3); }
    | expr ADD expr { $$ = drv.binary(@2.begin, Tok::Add, $1, $3); }
    | expr SUB expr { $$ = drv.binary(@2.begin, Tok::Sub, $1, $3); }
    | expr OR expr { $$ = drv.binary(@2.begin, Tok::Or, $1, $3); }
    | expr XOR expr { $$ = drv.binary(@2.begin, Tok::Xor, $1, $3); }
    | expr STAR expr { $$ = drv.binary(@2.begin, Tok::Mul, $1, $3); }
    | expr AMP expr { $$ = drv.binary(@2.begin, Tok::And, $1, $3); }
    | expr MUL_OP expr { $$ = drv.binary(@2.begin, $2, $1, $3); }
    ;

expr_nb
    : unary_nb
    | expr_nb LOR expr_nb { $$ = drv.binary(@2.begin, Tok::LOr, $1, $3); }
    | expr_nb LAND expr_nb { $$ = drv.binary(@2.begin, Tok::LAnd, $1, $3); }
    | expr_nb CMP_OP expr_nb { $$ = drv.binary(@2.begin, $2, $1, $3); }
    | expr_nb ADD expr_nb { $$ = drv.binary(@2.begin, Tok::Add, $1, $3); }
    | expr_nb SUB expr_nb { $$ = drv.binary(@2.begin, Tok::Sub, $1, $3); }
    | expr_nb OR expr_nb { $$ = drv.binary(@2.begin, Tok::Or, $1, $3); }
    | expr_nb XOR expr_nb { $$ = drv.binary(@2.begin, Tok::Xor, $1, $3); }
    | expr_nb STAR expr_nb { $$ = drv.binary(@2.begin, Tok::Mul, $1, $3); }
    | expr_nb AMP expr_nb { $$ = drv.binary(@2.begin, Tok::And, $1, $3); }
    | expr_nb MUL_OP expr_nb { $$ = drv.binary(@2.begin, $2, $1, $3); }
    ;

unary
    : primary
    | ADD unary { $$ = drv.unary(@1.begin, Tok::Add, $2); }
    | SUB unary { $$ = drv.unary(@1.begin, Tok::Sub, $2); }
    | NOT unary { $$ = drv.unary(@1.begin, Tok::Not, $2); }
    | XOR unary { $$ = drv.unary(@1.begin, Tok::Xor, $2); }
    | AMP unary { $$ = drv.unary(@1.begin, Tok::And, $2); }
    | ARROW unary { $$ = drv.unary(@1.begin, Tok::Arrow, $2); }
    | TILDE unary { $$ = drv.unary(@1.begin, Tok::Tilde, $2); }
    | STAR unary { auto* s = N(StarExpr, @1.begin); s->x = $2; $$ = s; }
    ;

unary_nb
    : primary_nb
    | ADD unary_nb { $$ = drv.unary(@1.begin, Tok::Add, $2); }
    | SUB unary_nb { $$ = drv.unary(@1.begin, Tok::Sub, $2); }
    | NOT unary_nb { $$ = drv.unary(@1.begin, Tok::Not, $2); }
    | XOR unary_nb { $$ = drv.unary(@1.begin, Tok::Xor, $2); }
    | AMP unary_nb { $$ = drv.unary(@1.begin, Tok::And, $2); }
    | ARROW unary_nb { $$ = drv.unary(@1.begin, Tok::Arrow, $2); }
    | TILDE unary_nb { $$ = drv.unary(@1.begin, Tok::Tilde, $2); }
    | STAR unary_nb { auto* s = N(StarExpr, @1.begin); s->x = $2; $$ = s; }
    ;

primary
    : operand
    | primary PERIOD ident { $$ = drv.selector(@2.begin, $1, $3); }
    | primary PERIOD LPAREN type RPAREN { $$ = drv.typeAssert(@2.begin, $1, $4); }
    | primary PERIOD LPAREN TYPE RPAREN { $$ = drv.typeAssert(@2.begin, $1, nullptr); }
    | primary LBRACK expr RBRACK { $$ = drv.index(@2.begin, $1, $3); }
    | primary LBRACK expr_opt COLON expr_opt RBRACK { $$ = drv.slice(@2.begin, $1, $3, $5, nullptr, false); }
    | primary LBRACK expr_opt COLON expr_opt COLON expr_opt RBRACK { $$ = drv.slice(@2.begin, $1, $3, $5, $7, true, @4.begin, @6.begin, @8.begin); }
    | primary LPAREN args RPAREN { $$ = drv.call(@2.begin, $1, $3, false, @4.begin); }
    | primary LPAREN expr_list ELLIPSIS comma_opt RPAREN { $$ = drv.call(@2.begin, $1, $3, true, @6.begin); }
    | primary LBRACE elements RBRACE { $$ = drv.compositeLit(@2.begin, $1, $3, @4.begin); }
    ;

primary_nb
    : operand
    | complit_lt
    | primary_nb PERIOD ident { $$ = drv.selector(@2.begin, $1, $3); }
    | primary_nb PERIOD LPAREN type RPAREN { $$ = drv.typeAssert(@2.begin, $1, $4); }
    | primary_nb PERIOD LPAREN TYPE RPAREN { $$ = drv.typeAssert(@2.begin, $1, nullptr); }
    | primary_nb LBRACK expr RBRACK { $$ = drv.index(@2.begin, $1, $3); }
    | primary_nb LBRACK expr_opt COLON expr_opt RBRACK { $$ = drv.slice(@2.begin, $1, $3, $5, nullptr, false); }
    | primary_nb LBRACK expr_opt COLON expr_opt COLON expr_opt RBRACK { $$ = drv.slice(@2.begin, $1, $3, $5, $7, true, @4.begin, @6.begin, @8.begin); }
    | primary_nb LPAREN args RPAREN { $$ = drv.call(@2.begin, $1, $3, false, @4.begin); }
    | primary_nb LPAREN expr_list ELLIPSIS comma_opt RPAREN { $$ = drv.call(@2.begin, $1, $3, true, @6.begin); }
    ;

expr_opt
    : %empty { $$ = nullptr; }
    | expr { $$ = $1; }
    ;

args
    : %empty { $$ = {}; }
    | expr_list comma_opt { $$ = $1; }
    ;

operand
    : basic_lit
    | ident { $$ = $1; }
    | LPAREN expr RPAREN { $$ = drv.paren(@1.begin, $2); }
    | func_lit
    | type_operand
    ;

basic_lit
    : INT { $$ = drv.basicLit(@1.begin, Tok::Int, $1); }
    | FLOAT { $$ = drv.basicLit(@1.begin, Tok::Float, $1); }
    | IMAG { $$ = drv.basicLit(@1.begin, Tok::Imag, $1); }
    | CHAR { $$ = drv.basicLit(@1.begin, Tok::Char, $1); }
    | STRING { $$ = drv.basicLit(@1.begin, Tok::String, $1); }
    ;

// Type literals standing as operands: conversions, make/new arguments,
// composite literal types, type switch cases.
type_operand
    : literal_type %prec LITERAL_TYPE
    | func_type %prec LITERAL_TYPE { $$ = $1; }
    | interface_type
    | chan_type
    ;

literal_type
    : array_type
    | slice_type
    | struct_type
    | map_type
    ;

// A composite literal of a literal type, allowed even in statement headers.
complit_lt
    : literal_type LBRACE elements RBRACE { $$ = drv.compositeLit(@2.begin, $1, $3, @4.begin); }
    ;

func_lit
    : func_type block { auto* f = N(FuncLit, $1->pos); f->type = $1; f->body = $2; $$ = f; }
    ;

elements
    : %empty { $$ = {}; }
    | element_list comma_opt { $$ = $1; }
    ;

element_list
    : element { $$ = {}; $$.push(drv.arena(), $1); }
    | element_list COMMA element { $$ = $1; $$.push(drv.arena(), $3); }
    ;

element
    : element_value
    | element_value COLON element_value { auto* kv = N(KeyValueExpr, @2.begin); kv->key = $1; kv->value = $3; $$ = kv; }
    ;

element_value
    : expr
    | LBRACE elements RBRACE { $$ = drv.compositeLit(@1.begin, nullptr, $2, @3.begin); }
    ;

expr_list
    : expr { $$ = {}; $$.push(drv.arena(), $1); }
    | expr_list COMMA expr { $$ = $1; $$.push(drv.arena(), $3); }
    ;

expr_list_nb
    : expr_nb { $$ = {}; $$.push(drv.arena(), $1); }
    | expr_list_nb COMMA expr_nb { $$ = $1; $$.push(drv.arena(), $3); }
    ;

expr_list_opt
    : %empty { $$ = {}; }
    | expr_list { $$ = $1; }
    ;

// ---- statements ------------------------------------------------------------------

stmt
    : %empty { $$ = N(EmptyStmt, @$.begin); }
    | simple_stmt
    | gen_decl { auto* d = N(DeclStmt, $1->pos); d->decl = $1; $$ = d; }
    | ident COLON stmt { $$ = drv.labeled($1, @2.begin, $3); }
    | GO primary { $$ = drv.callStmt(@1.begin, Tok::Go, $2); }
    | DEFER primary { $$ = drv.callStmt(@1.begin, Tok::Defer, $2); }
    | RETURN expr_list_opt { auto* r = N(ReturnStmt, @1.begin); r->results = $2; $$ = r; }
    | BREAK label_opt { $$ = drv.branch(@1.begin, Tok::Break, $2); }
    | CONTINUE label_opt { $$ = drv.branch(@1.begin, Tok::Continue, $2); }
    | GOTO ident { $$ = drv.branch(@1.begin, Tok::Goto, $2); }
    | FALLTHROUGH { $$ = drv.branch(@1.begin, Tok::Fallthrough, nullptr); }
    | block { $$ = $1; }
    | if_stmt
    | switch_stmt
    | select_stmt
    | for_stmt
    ;

label_opt
    : %empty { $$ = nullptr; }
    | ident { $$ = $1; }
    ;

simple_stmt
    : expr { $$ = drv.exprStmt($1); }
    | expr ARROW expr { auto* s = N(SendStmt, @2.begin); s->chan = $1; s->value = $3; $$ = s; }
    | expr INC { $$ = drv.incDec(@2.begin, $1, Tok::Inc); }
    | expr DEC { $$ = drv.incDec(@2.begin, $1, Tok::Dec); }
    | expr_list ASSIGN expr_list { $$ = drv.assign(@2.begin, $1, Tok::Assign, $3); }
    | expr_list DEFINE expr_list { $$ = drv.assign(@2.begin, $1, Tok::Define, $3); }
    | expr ASSIGN_OP expr { $$ = drv.assign(@2.begin, drv.one($1), $2, drv.one($3)); }
    ;

simple_stmt_nb
    : expr_nb { $$ = drv.exprStmt($1); }
    | expr_nb ARROW expr_nb { auto* s = N(SendStmt, @2.begin); s->chan = $1; s->value = $3; $$ = s; }
    | expr_nb INC { $$ = drv.incDec(@2.begin, $1, Tok::Inc); }
    | expr_nb DEC { $$ = drv.incDec(@2.begin, $1, Tok::Dec); }
    | expr_list_nb ASSIGN expr_list_nb { $$ = drv.assign(@2.begin, $1, Tok::Assign, $3); }
    | expr_list_nb DEFINE expr_list_nb { $$ = drv.assign(@2.begin, $1, Tok::Define, $3); }
    | expr_nb ASSIGN_OP expr_nb { $$ = drv.assign(@2.begin, drv.one($1), $2, drv.one($3)); }
    ;

simple_opt_nb
    : %empty { $$ = nullptr; }
    | simple_stmt_nb { $$ = $1; }
    ;

block
    : LBRACE stmt_list RBRACE { $$ = drv.block(@1.begin, $2, @3.begin); }
    ;

stmt_list
    : stmt { $$ = {}; drv.addStmt($$, $1); }
    | stmt_list SEMI stmt { $$ = $1; drv.addStmt($$, $3); }
    ;

// if/switch header: [init ;] cond — the parts are checked by Driver.
header
    : simple_opt_nb { $$ = drv.newHeader(); $$->cond = $1; }
    | simple_opt_nb SEMI simple_opt_nb { $$ = drv.newHeader(); $$->init = $1; $$->cond = $3; $$->semi = true; $$->semiPos = @2.begin; }
    ;

if_stmt
    : IF header block else_opt { $$ = drv.ifStmt(@1.begin, *$2, $3, $4); }
    ;

else_opt
    : %empty { $$ = nullptr; }
    | ELSE if_stmt { $$ = $2; }
    | ELSE block { $$ = $2; }
    ;

switch_stmt
    : SWITCH header LBRACE case_clauses RBRACE { $$ = drv.switchStmt(@1.begin, *$2, $4, @5.begin); }
    ;

case_clauses
    : %empty { $$ = {}; }
    | case_clauses case_clause { $$ = $1; $$.push(drv.arena(), $2); }
    ;

case_clause
    : CASE expr_list COLON stmt_list { auto* c = N(CaseClause, @1.begin); c->list = $2; c->body = $4; $$ = c; }
    | DEFAULT COLON stmt_list { auto* c = N(CaseClause, @1.begin); c->isDefault = true; c->body = $3; $$ = c; }
    ;

select_stmt
    : SELECT LBRACE comm_clauses RBRACE { auto* s = N(SelectStmt, @1.begin); s->clauses = $3; s->rbrace = @4.begin; $$ = s; }
    ;

comm_clauses
    : %empty { $$ = {}; }
    | comm_clauses comm_clause { $$ = $1; $$.push(drv.arena(), $2); }
    ;

comm_clause
    : CASE simple_stmt COLON stmt_list { $$ = drv.commClause(@1.begin, $2, $4); }
    | DEFAULT COLON stmt_list { $$ = drv.commClause(@1.begin, nullptr, $3); }
    ;

for_stmt
    : FOR for_header block { $$ = drv.forStmt(@1.begin, *$2, $3); }
    ;

// for [cond] | for init; cond; post | for range
for_header
    : simple_opt_nb { $$ = drv.newHeader(); $$->cond = $1; }
    | simple_opt_nb SEMI simple_opt_nb SEMI simple_opt_nb { $$ = drv.newHeader(); $$->init = $1; $$->cond = $3; $$->semi = true; $$->semiPos = @2.begin; $$->post = $5; $$->threeClause = true; }
    | expr_list_nb DEFINE RANGE expr_nb { $$ = drv.rangeHeader(@2.begin, $1, Tok::Define, $4); }
    | expr_list_nb ASSIGN RANGE expr_nb { $$ = drv.rangeHeader(@2.begin, $1, Tok::Assign, $4); }
    | RANGE expr_nb { $$ = drv.rangeHeader(@1.begin, {}, Tok::Eof, $2); }
    ;

%%

void GOS_PARSER::error(const location_type& loc, const std::string& msg) {
    drv.syntaxErrorAt(loc.begin, msg);
}

// Words a syntax error as gc does for the common cases, from the set of
// tokens the parser could have accepted instead of the lookahead.
void GOS_PARSER::report_syntax_error(const context& ctx) const {
    symbol_kind_type expected[YYNTOKENS];
    int n = ctx.expected_tokens(expected, YYNTOKENS);
    auto has = [&](symbol_kind_type k) {
        for (int i = 0; i < n; ++i)
            if (expected[i] == k) return true;
        return false;
    };
    bool onlyDecls = n > 0;
    for (int i = 0; i < n; ++i) {
        switch (expected[i]) {
            case symbol_kind::S_CONST: case symbol_kind::S_TYPE: case symbol_kind::S_VAR:
            case symbol_kind::S_FUNC: case symbol_kind::S_IMPORT: case symbol_kind::S_YYEOF: break;
            default: onlyDecls = false;
        }
    }
    Pos pos = ctx.location().begin;
    using E = gos::Driver::Enclosing;
    Tok prev = drv.previousKind();
    Tok look = drv.lookahead().kind;
    E in = drv.enclosing();
    if (prev == Tok::Else) {
        drv.syntaxErrorAt(pos, "else must be followed by if or statement block");
        return;
    }
    if (look == Tok::LBrace && in == E::None && drv.packageMode() && prev == Tok::Semicolon &&
        drv.lastTopLevelKeyword() == Tok::Func) {
        drv.syntaxErrorAt(pos, "unexpected semicolon or newline before {");
        return;
    }
    if (look == Tok::Var && (prev == Tok::If || prev == Tok::For || prev == Tok::Switch)) {
        drv.syntaxErrorAt(drv.peekPos(), std::string("var declaration not allowed in ") +
                                             std::string(gos::tokenSpelling(prev)) + " initializer");
        return;
    }
    if (drv.lastTopLevelKeyword() == Tok::Import && has(symbol_kind::S_STRING) && !has(symbol_kind::S_INT)) {
        drv.syntaxErrorAt(pos, look == Tok::Semicolon || look == Tok::RParen ? "missing import path"
                                                                             : "import path must be a string");
        return;
    }
    if (drv.header() == Tok::For && look == Tok::LBrace && has(symbol_kind::S_SEMI)) {
        drv.unexpected(pos, ", expecting semicolon or newline");  // for init; cond {
        return;
    }
    if (onlyDecls && drv.packageMode()) {
        drv.syntaxErrorAt(pos, "non-declaration statement outside function body");
        return;
    }
    std::string suffix;
    if (in == E::Group && has(symbol_kind::S_SEMI)) {
        suffix = " in grouped declaration; possibly missing semicolon or newline or )";
    } else if (in == E::StructType && has(symbol_kind::S_SEMI)) {
        suffix = " in struct type; possibly missing semicolon or newline or }";
    } else if (in == E::InterfaceType && has(symbol_kind::S_SEMI)) {
        suffix = " in interface type; possibly missing semicolon or newline or }";
    } else if (in == E::Params && has(symbol_kind::S_COMMA)) {
        suffix = " in parameter list; possibly missing comma or )";
    } else if (in == E::Args && has(symbol_kind::S_COMMA)) {
        suffix = " in argument list; possibly missing comma or )";
    } else if (in == E::Brace && has(symbol_kind::S_COMMA) && !has(symbol_kind::S_SEMI)) {
        suffix = " in composite literal; possibly missing comma or }";
    } else if (in == E::Brace && has(symbol_kind::S_RBRACE) && (prev == Tok::Semicolon || look == Tok::Eof)) {
        suffix = ", expecting }";  // a statement list ended at something that starts no statement
    } else if (in == E::Paren && has(symbol_kind::S_RPAREN) && !has(symbol_kind::S_COMMA)) {
        suffix = ", expecting )";  // gc's p.want(_Rparen) after a parenthesised expression
    } else if (in == E::Index && has(symbol_kind::S_RBRACK) && has(symbol_kind::S_COLON)) {
        suffix = ", expecting comma, : or ]";  // an index (gc's parser allows a list, for generics)
    } else if (in == E::Index && has(symbol_kind::S_RBRACK) && !has(symbol_kind::S_COMMA)) {
        suffix = ", expecting ]";  // an array type's length
    } else if (has(symbol_kind::S_SEMI) && in == E::None && drv.packageMode() &&
               (drv.topLevelKeywordBefore() == Tok::Eof || drv.topLevelKeywordBefore() == Tok::Import)) {
        suffix = ", expecting semicolon or newline";  // gc's want(_Semi) after the package clause or an import
    } else if (has(symbol_kind::S_SEMI)) {
        suffix = in == E::None && drv.packageMode() ? " after top level declaration" : " at end of statement";
    } else if (has(symbol_kind::S_IDENT) && has(symbol_kind::S_INT) && has(symbol_kind::S_LPAREN)) {
        suffix = ", expecting expression";
    } else if (has(symbol_kind::S_IDENT) && has(symbol_kind::S_MAP) && !has(symbol_kind::S_INT)) {
        suffix = ", expecting type";
    } else if (n == 1) {
        suffix = std::string(", expecting ") + symbol_name(expected[0]);
    }
    drv.unexpected(pos, suffix);
}
