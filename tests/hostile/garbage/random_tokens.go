// Abuses: 20000 random but valid Go tokens after the package clause.
package main

func main() {
;[ 	 
 xgo = go&& ] ]... x( 
 y1 returnstruct ! [{ defer struct'a' return<-
 `r`y	+"s"!:=! } go ( ] struct}  return`r`1main ( <- *0x1F]`r` [return ... 	{. ;struct... `r` type"s"  [ `r` if1yy,'a'"s" - for, return y[ =1 -{ "s"= + :=map } * ! 1 )iftype 1 type ! type x  struct= chan...<- =
}main .structx } 'a' ytype   [ <- func * } 1[x !func; ...func x[ func main)defer "s" return
 , `r` [return! for <- mainstruct defer"s" type ; 1(= yfor&&, }...{!
go return )return y } }0x1F) !; {func! ( -chanvar 	 if) ;type+ !...]] defer...
- * . =<-0x1Ftype
1'a' go* for go] go:= && (varmain =(, *[ main, main struct ) ,0x1F map`r` `r` return :=defer <- 1 struct ...{forfor0x1F, `r`<-deferfunc!] chan && `r`	 'a'chan -{&&var 1 funcmain 1 . `r`map( } 
 }} *var[]*+*forymapreturn 
 defer'a'go *x = ...* ... .map 0x1F] )func   ( y"s" if[ 	main`r`:=* = {type *var (struct defer chan var chan, for for=:= for chan+ +. y 	 defer y "s" func main y= return + } }0x1F chan'a' && `r`if func)x ) . func .*go gomain 	var 0x1F type return<-var return&& - type mapgo +	returnmain y){ 	funcfunc `r`x var{ 'a' ):= func]x 0x1F=. 	 <-chan ) }{ , chan   deferif map0x1F	 return <- 'a'( * (for (:= func struct , +:=  <-for gotype 
0x1Fy { ] ... go := struct chan0x1F map type := 0x1Fforstruct chan <- 0x1F chan if'a'... []+x chan formain ; structfunc{ , defer , y +! [type`r`1 main funcchan 	for+ (&& if 1map ... "s" main =
y 	defer 1 ( . map if returnvar 1 main"s"&& [ type) *... }x( go 0x1Ffunc defer] -chanx func - [func]returnstruct y [ 0x1F if	 * forgo ifdefer "s" ifmapchan'a' <- return 	 - + * 	type- x }!...1 <-"s" 	 chanfor
 	if`r` 'a' }=`r`; 1 go -...  type  func return ( := deferstructreturnfor forvar {] x   ) struct y "s"for:= 
 return [0x1F}	struct if defer- [ .
'a' {) "s" x struct{`r`
 "s" varfuncy.!- go<- if... ! 
 <- ... 
... func'a'defer:= {}. := main ; func for - if `r`:= map + := for-... <- -map )chan 
 ...defer .if   - type ]{ ]go]map main*&&
0x1Ftype0x1Fstructif for; *return"s""s"defer var typefor func* + &&return. 1 1=} } struct for- .= ,`r`{[=`r`"s"] defer . map.! struct <- return main x [:=for &&if + ( 0x1F <- 	,   [ )... chan  -x type main "s"for := <- "s"map x = var "s"}	 { y= !	 :=struct( map{ 
] [ ... for0x1F defer ;type y x .x 0x1F go 'a''a') main * +.... + 'a'. ( defertype`r`var `r`y go,, {gogo`r`;func; "s" -map type`r` main var var = *y{var return&& * func+*{[ .} :=0x1F[struct+ struct mapy y`r` return } ) return =`r` ) 'a'<- var 'a';1(if ] :=&&chan funcvar 0x1F... := ) var
 }} "s" + func "s"( `r`y map+ }forgo ... chan forx`r` deferx 'a' <- - , for=xfunc+ . deferchan&&{)*1 `r` := map .:= map  "s"x<-x 
 if ... go 'a'0x1F +`r` return <- `r` + ( return	 . :=if for funcchan	 deferdefer*'a' (map + ,&&, -; ! for...x 'a' main"s"-
'a'... ; && <- x go { for; .func <- "s" 0x1Fifif] var var  1 for -{ main struct(mainfor ify	 . return if + x + * go...map+varreturnvar return:=! if returnstruct if0x1F"s"1*var:=:=for, }}y
 main 'a' if ... -goreturn ; 
go if !funcstruct  typeif
 ( * , } (
1;"s"func! *{ +) . {:= type{ ('a'* - if defer] =1 func=if-   };-&&"s"&&y map chan var!	=... [ type return ;+ go - 	`r` chan {iffunc if ( } 0x1F xtypereturn `r` && ( 
 return , 
 .return (..."s"* 
 0x1F] ! -chan typevar.var'a' 	"s")return,'a' = !go {defer map 
0x1F 
main type struct]returntype ; -}ifif'a' func
 `r`:= mainx "s"( var y && var struct{ } y "s" && =`r` ; "s" if `r`- `r`if [ 'a'... { * (! "s"* !] "s"; - x 1func for 'a' ! {*,go map *forgo. - ] func1 ; , map] for... 'a'struct)=! !{. map "s" 0x1F (})]+map `r`func x .0x1F, if ) :=( map ...; .. :=&&		  ydefer `r` `r`if, map 	 !]... mapmap . func 1`r` ; && x defer0x1Fvarreturn chan
 . { ; "s" *.var "s"x	 "s"'a'struct[} } [
&& chandefer :="s"ifif<-* for 1typechanchan x map 	if chan , } funcfor chan"s" x:= chan ! 	var*defer;.:= (,chan [gotypechan main , ;y[funcdeferstruct 	 x
 ;&& ...( && <-)x "s" "s" [ 1... ]! 
 !:= *y...&&<-	 :=defer	 ;! type := *formain`r` :=chan 
 for struct	 - ,<-  y <-{ for ,1!go
 .0x1Fdefer! * struct map] 0x1F*, type)	 "s" varmain ;   !{ 	`r` {go (main <-var { map go formapchan1forvar chan{fory * ,[;
1 +0x1F. 0x1F <- . * ( return `r`... for = ):=.{ ;-! ( 'a'map func*  map   . y x ) ] 1 { ;return main map
 	; chan - && *- }... += go* - 1 0x1F 0x1F <-.struct "s"map * ] 'a' chan} :=   :=1 
 y] 'a' -for=, defer !forstruct return`r`main 'a' ( map&& ( 0x1F 0x1F'a'	forif + "s"! main type
 {main+var0x1F }=`r` var ,... 	deferdeferfunc<- )struct
0x1F 0x1F "s"= deferfunc] 
 struct{ ; :=x ( map ] 'a'return . 
func{ ;( =[<-'a' ymain; ,x}defermap	 ;var-) func , 0x1Fgo "s"map<-struct 
  !'a' fortype go1mapdefer y for	 y+ } 0x1Fy...;<-. ; 
"s"x) ; .[ ."s" map =y [ }{go defer (type -if- varifif `r` for )- map var if( map 'a'10x1F `r` * { =x:= y chan {!,0x1F... ] 0x1F- * 
 main) } main go :=1 -go:= chan)1chan [&&chan chanfor = := go if.'a';x ifif'a' return+	 x=   go ( struct	 chan <- func && forstruct;!*, } yvar; main:=+ struct&& ( =1 !func * type x; defer]1 defer ))
{ x }[ 0x1F type `r` go;] ):= main- ;1}- } return0x1Fchan if] ( }return defer:=( y !0x1F) ('a'typedefer<- map+ main type for`r` + struct }] !x :=type + 0x1F[}func } ( ) funcif type} *0x1F struct ] `r` yx,= `r`! 1 go return... 'a' && [ func var'a' if type ,1 x.<-'a' return..., chanreturn for  type type return map=<-] ) return. ... ]struct "s" ]  ,= 0x1Fgo * "s"[go (return go; *if for ]'a'1 func 1"s"=   "s" struct0x1F for && 'a' var for=type;var =...'a' ) 
 go ;	 func go*[ !; return chan=y -) * <-return {	:= chanmain 
'a'return) &&:= gotypevar ( map ] [   * main`r`+ ) ! "s" . go ; { [chan type'a'{ 1 `r` <- ] } for . .main'a' &&- type  if; }( =`r``r` &&if map-go [ -} - type;funcgo]mainvar xif y&&;map )(* 'a' !   struct! =struct y0x1F!if y "s" `r`=for [
 <- x -0x1F :=[ chan ...:= ]type'a'. && 	'a' [
 :=   = { "s" =*xyif. ) :=... ,... structdefer{`r`y return  := go gomain )returnstructstruct ,:= `r` -returnreturn 1 )type type <- [type := (} "s" func  var y =* +defer 
! returnx [+ chan func={{.,var= ! if} y;* * * ]] !'a',structfunctype! + [ map ,){ <- && for=+'a''a' xchanmain &&func y .deferreturn {govarstruct . func var<-for. ) )=&& go defer `r`+ <- `r` )...var := 	 = := 	 <-`r` , chanvar] }<-struct (= y for [go if,<- ]!0x1F&& := structdefer=! +	[) ;= ;y <-*var 
 ,+typevariffor for*= + go 0x1F 	 !. 
 :=`r` defer if } .<-( ) =type .;map=map 'a' 'a'y! funcgodefer `r`,}) } func x 'a' if:= ... defer map + struct ;`r` &&type { x[if{... ]- <- ... defer{} [ <-] return+ 
 !* {"s" { .y "s" 	 * return!...) chan{return{return   chan if`r` + := y formain} deferchan0x1F ; for{ ( if if*map func1 map go,"s" for return ] 0x1F+ }"s" ) defer }struct =struct{ ;	 main; `r` 1 main0x1F! ; "s"+ 1 +"s" -+main ! x- "s" . func defer return ] <- <- func return-, 	 ...&& funcdefer main *( , chan`r` {
 struct "s" - struct ] ) ! 1 main ! :=[ 1xvar godefer; 0x1F [ type ]deferreturn !func
 <-+ defer&&- if + , for!for deferfunctype:=1-"s"ify )0x1F . mainfunc ;type ) . ...go( + ...; 0x1F chan- 
struct go func!var"s"{*0x1F {struct && var ;y[ ]+.y<- + { 1 type 0x1Ffor<- ( for +struct0x1Fchan for, x *var `r` return"s""s" <-`r`chan;-{ vary , 'a' &&<- -}- xif-,y ....;main type mapvar && = func+
 ...var mainreturn =-return +:= *!) [maptype0x1F ]xfor 
  xmap 
} func	 `r` defer1 :=1= [ chan *if xfunc func[ struct -} ! y*ifmap) ... 'a' ) &&xdefer ['a'xx-var if=] x....-chan y{func + 0x1Fmap( 	 <-1; `r`type struct ! 10x1F defer `r` return x *gofunc . chanstructvar *<- map'a' ... { (return }go (defer,x} 1 !x&&   
chanchan main *) 1 ifstructtype
 functype func chan] - go. 1 chan<-.func; defer + defer [ ]]func for .* ...( , .goreturn 
 * ]+
 func&&y chan0x1Fif 
 && main[main {if =
 && &&[ 'a'0x1F }=chango 1&&(1 main)=1{ chan [ "s"var{ `r`-[-!]1 ifvar { func , main `r` func `r`&& }=&& ] { func } y func } - .   defer type!chan,type . chan-)...! ,map'a' [ +y:= structreturn func <- (if for-[defer go0x1F }
. for ! map 'a'"s"func 'a'`r`! && =`r`type'a'type (. 1chan, =&& 
 if main!
 "s" defer...! ... for goreturnif+ chan... structiffor ,x!typetype +( )`r` map <- = . =x:= go 1 struct0x1F x1( ;return*[ ...yfunc * if defer = &&- go=) if0x1Fmain-. [gomap `r` - ; y'a'&& 
 + for[ `r`iffor ; map var; return&&defer 	 defer+type struct=.0x1F chan'a' if struct &&map func) chan{ <-}func if*)struct&& defer - = 
 ... * , map+ defer (  defer'a'0x1F for(  "s"var if , return } defer [  main y<- go )]var[ <-return&&{ 	{; main :=1 for 1defer typefunc y( mapgo,main }return[ 	= 'a' && "s" +struct main if if!map - - -'a'x var if= 1 x return (-&& 'a' . defer defer
 chan+ := [ &&x`r` && mapx go1 `r`main map returnx - := 'a'   ... yygofuncmain[ returnvar 'a' struct 'a' type return for"s"`r` [ `r`:=[  ,for<- ,'a'&& type struct . map) * x&& ]struct go. struct 0x1F ,-<- chan	 go `r`go	main y main x; type1... ! type ][x := -+ { := =y type[main`r` struct:=<-   * chandefer+chan<-   chanmain !y  ] .; 1 x:=var) 'a' ... struct . + = <- func<-  y { 'a'. "s"[ 
x && go . var 0x1F] map	 	'a'!0x1F <-	! ; ; y,.go 0x1F ){ struct &&<- fordefer"s" {returntypeytype]* `r` 'a' ; returndefer 
 0x1Freturn	 ]"s"'a' type [ go0x1F &&1 main if `r` !0x1F <- , &&0x1F -chanif &&...x0x1F ytype for[ "s"if map func)0x1F!&& type } `r` (return defer type &&; main   ,defer ... ; if... typey x{!	0x1F( map=
x+returnvar defer 'a' 
=)*'a' var ).type )typetype ; ... x0x1F }returnchan func"s"- x'a' 	 if .`r` ... ( 'a' := var go 1) - , main return0x1Fif defer *main. {type(
 map && if +;	 ,map &&+ && 
 <- { chan forvar `r`...0x1F 	 -[ -type x ; defer}defer 'a'+ [:=. + if)typemap0x1F (typeif ...;= ... var ] 	 
 main 	 ! = x {+ ; } y return ... funcgo... ...) 0x1F ....<- {typemainy{ .
 ... 'a' 	 , ; y ! ,] )map 0x1Fif return 
 map 	 * <- {[var- 'a' "s" if chan:=(struct&&"s"'a' , [ "s" ! :=funcfunc go=defer*var 1var0x1Fchan type var struct	maptype struct 
 map[ -* (*=defer=   "s" 1-{ ; if{returnmap map } !"s"funcmainif } :=;0x1F1+- `r` <-}main 	struct 
 func	 =*y`r` var ( y * ) return ;! 
 1'a' * &&(type`r` ... +:=;struct... <- <- goy! <- chan,y =mainfunc for ... , !formap return 	 "s"... defer 'a' [0x1Fdefer for`r`structstructgo) 
 'a' +. chan+func } funcmap, for1 + !}...[	 && 
 go { forgo )0x1F! 0x1F 0x1F y +{'a' main   go struct`r` *[+-`r`func -{ ) struct y ; func ] . x )! = &&:= `r` `r` *for map go+   func( returngotype...1 chan if - map "s""s"
 * ! . ;return if main map ifchan { struct{ &&:=	 = [ <-[y:= 'a' defermainy-map.( ... && 1. :=go ) func typex 	 .,type 0x1Fxfuncchan( * chan	][ 0x1F struct<-:= y(	<-+ - `r` !  :=return = [ - forfuncx !'a'
 + fordefermapfor	"s"ychango && 0x1F var, ] return }struct ) :=yx*! map} *&&{0x1F .{ `r` - `r` defer ) for  ]type {y 	for return return"s" ; .func	 ;.chan *"s" 	 ify "s"+func ( chan ygo:= typestruct	x'a' [map defer return"s" varstruct defer 1=<-&&main{ <-  1 
 type	(typeystruct "s" ifif ) 0x1Fif{<-( return+ *}! && {{ struct'a'chan main )func0x1F *&&typereturn [:=
 funcifvar!mainxstruct 	 = - 0x1Freturn func( var +go. return"s"map ;[+  y ... map   := varchan[return[ defer+ = return (0x1F= func *) if ! ) ,] ,- forif :="s" ...)!*= ]1ychan] 'a'defer- *0x1F 'a'if ! 1	forfor for(x[-};func+`r``r`1y!for* ...defergo func for"s" "s" var'a' y + && chan .main return ,[ go structstruct main return := !gox varif*x <- } 'a'<-return[go='a' return "s"{ 'a'; for for=	{ "s"type, ;! x , . <- 1 0x1F [x* {, +struct (chan 1 func funcif }  [   (  var. && type if`r` ] y gomap defer{go 0x1F !type defermap type {`r`  yif... map var'a' structychan 'a'return ) main , 1 = =type ) 	map
:=
y +mapgo "s"-;map (*x
{ ! y + <- } func( defer;1 ]struct "s"var var"s" {fory defer "s" `r` ...'a'&&{ ! ! ,,return1`r`]`r`= +( defer := func y! ...,	for struct = .{ 0x1F y! func... chan 'a') ."s"go [return chan ,main type} `r` ;return ]=struct`r` ,return*funcx]`r`...[:== `r` = 0x1F - for* ]chanmap[=)* *"s" struct ! 1]  map forif deferfor[ * } &&map <-struct { 0x1F<- ,1:= defer'a' "s"  var  &&'a' <- gofunc'a' ... func main- ! var[ * ]1 struct  structx<-`r`mapif chanvar) y func* `r`=.main defer var1 ...map 	 :=(chan if{<-	ystruct <-map struct type0x1F map for ];1   func y"s" [ [-return ;* goreturn:= [for 'a'defergo x<- ...) func- {go ! "s" && 
 var... ]defer chan var go0x1F func = structx main return <- 	 struct( 	=*<- x1 +:= 0x1F   chan
 "s"main+...mainstructy go = ) 	, func structmap:=&& var * { 	 ! :=	* -x `r` 	. if"s" { ; 
 yfunc ;}struct`r`0x1F	 { if
type*chan, 'a' y ,=varx } <- ; "s"'a'main
 +1 mapdefer  ! ]...'a' 1&& x ) main =! (y struct. `r` )
defer, (chanreturn y y func for 	`r` ( if ,  - return 1.!`r`x`r` :=<- { defer , 1 defer]1`r` ! } <-}go "s" ; (*`r` } 
 returntype= ; ;
 { [ 
 , }{- 'a'] map "s"}&&mainfor;1 } 	 y :=mapstructreturn1	 ... . .main.1var- y ;return(   if...map - .=go func. struct `r`+, := ; defer0x1F&& mainif chan 1"s" } {for return 'a'mainstructstructfor](! chan<-	;	
- ... <-(, 0x1F=y ; *[var :=, <- ({ struct go typeif 0x1F= . . (1 x... = } 
.return ( + "s"defer ifx&& if struct 	"s" type for struct( , . chan... `r` main {-&& -defer"s"main1main:= defer:=xdefer defer0x1F ;.structfunc }{ map (y { !* mapvar&& map &&func ! chan <-<- var map map func struct !defer var  ... defer xfuncgoreturn func1chan for1- + - +
 .) , y "s"   1struct(( &&funcfor'a'0x1F =-...ifstruct mapvar=- }main:=; = for,
* {'a'	} defer ! +map && ;'a' defergostruct struct ifvar=var;}"s"{) ) type struct [ [}=:=! return.:= [ var <- map for [= 1 
 for . <- !, ...mainstruct gostruct... ;[ =if+) ] xy struct+0x1F 0x1Freturn map 
"s"[ [ *0x1Fvar] =+ )1 *defer <- = - -,func "s" -type +] <- <- = `r`return! typemain } = &&! )defer * ,[ ... )] formapgo <- 	 return,  defer if&&, (( `r` return - ) func [ defer+y; . 	 `r`
func chanreturn ;
 map } :=1) , 0x1F( 	main "s"if main 1var"s"...<-for map x= - . defer - y if , main  if chan <- + !; 'a' )go ...} { *1<-for (var [ var ;y ,; 1} }= return *<-go xxif<-func= := 'a'. ) fordefer  !type structdefer goreturn for type{)"s" defer{forfor... var "s"* <-} yystruct := .! ] := ;return `r`] type 0x1F} . struct main var!) struct map *<- [-== &&
:==
+ ...(chan{ var1 }func x  , "s"yif fory "s" 

 return struct {xfor]go `r`= * - return = structmap funcstruct] func chan= }'a' :=, !0x1F for ...  -forstruct gotype [defermap`r`&& var; struct .0x1F}+ <-<-, (map = `r`0x1Fif * type0x1F chan+ )- ytype deferreturn+ + } mapchan`r` ( type= = ..   xstruct   , type 'a' , { ]) .`r`,  
 [ func 0x1F y	-y 	 chan0x1Fchan[.return! { [ ) returnmain varmain=x1 )go ;0x1F[= 
 :=deferfuncy x 'a'- 1 go "s"map [&&if] go return deferxtype... ( } - mainfuncmain var 'a' y `r` yfor } =structstructchan'a' 1 -)+{- var
+ *y) 	[ && for 	defer[*`r` for`r` + x"s" ,return! "s" :=. ]`r` :=) ...- y y :=.chan x x ]&& 1map! {(for'a' func goif= 0x1F for ,]   ifvar;+ ,....]   defer (x&& if- =type... returnfor if if;return ; := ]`r`,	 var}yfor }++ ( var-
!defer chan *

 "s" } go 0x1Fvar"s"defer `r` 1 )} map ; <- if{... ... &&"s" =chan1var xstructstruct ]]if {) <-for main-= ,;0x1F 0x1F main{ x main}x `r`:=!+0x1F } for && y go )0x1F 	 <- (<- 
map fortype:= { 1} ! , `r`func "s"!main ifdefer... 1 .+] } func ]&& 1... for<-. mapfor ) 
struct 	 = <-"s"0x1F struct defer-)	1x := varreturn mapreturn= 0x1F = = !	 struct <- + y = defer func
struct structif y structfor <- [ !"s" *return+ , y 1 `r`]for } var func; chan(return mainmain1 map {for   ( 0x1Fgo'a'struct (go . , return x`r`=x ) main=-var!...mapdefer - <-return0x1F <-:= [:=func y x -	map go *.. godefer]+ if chan! =*varreturn chan  -y { + -type( { go `r`)y 	 ,chan * [ `r` <- + ! defer mainvar var 0x1F- 0x1F if `r`  }`r`var . 
; )x *"s"defer{   0x1F 'a' ...
=! ! x =! ]<- `r` x 'a'func "s" ... <- -:= +  + 	[defer+ defer return 	 ; *chan } !if-<-for "s"	 "s"<-<- var ! . var gochango "s" return`r` 0x1F typechan<-go +x<- if ... ] ] deferfuncgo! ;.'a' "s"... for chan<- -xy if* { && type <- map . for) && struct({ && var   varreturn[ 1{:=:= chan:= ]go funcy 1 x:= y }`r`x (; 	'a' ["s"ifgo := y*...)) , - `r`defer `r` 1"s"[... ; 
 typedefer *:= funcfunc goxgo 1&&funcdefer({ .&& main struct struct. -0x1F } returnforvar x chan * "s" *{{ y ]1`r` ... ["s" 'a'mapdefer] return ...&&<-] +... struct'a'chan ( { *for 'a' ] -:= .<- go ++func <-(return<- [ = type+"s" 1	 
 	
&&  chan["s" for'a',chan func(   map[ structdefer<-}... && { go'a'type 
defer'a' 
 chanvar'a' func y map ...   && if <- + `r` varfunc ]func if 
 =:= chan<- {return struct	func 11"s" struct .}`r`(var , .map go 	map main 	1struct - &&defer map type 	} for!if}. 
for deferif for chan,type main; chan, - 0x1Fgo main-+ ;<-return`r`chanx +,return 	 chan "s" * ; <- 0x1Fgo= 0x1Fgo-	 y)x +] *"s"1 type main defer 1 y[ ! 	 ;structfor "s"go := type 0x1F}func'a' forgo <- y,struct. !	func'a' main var funcif(defer[ ] &&if return<- { mapdefer [ [ { [+ := chan ifgo ] main +)} +"s" ...`r` <-
 x main, ] .<-`r`for<- ; ,type, )type <-go[ chan func* map + (go<-var ,type:=  ) typey  )} <- y x .	 ! ]funcif... main + chan)defer-return for. y mainfory funcdefer y main for main! 	<-0x1Fmap *type0x1F && ..y ) "s"..."s" var-0x1F -!)  fordefer`r` * var [ chan... struct... if if'a'func type! } + )] .if ) ystruct } ]func( ) "s"map; chanx } main main main 'a'
 map1 ) chan forstruct	`r` <- "s" 
+ 1 map* := defer;)x0x1F 'a' 0x1F ...chan )defer'a' map return
 ifformain -[var type "s" <- return && ...= && ( , -main...,&& . * 
 defer<- 0x1F ] {[ "s";<- 
 	. . defer:= * . . -,"s"- 0x1Ftypego +:= {type 1map &&{ , 	 deferfory!-<- 1 * 'a' `r`<-structy-"s"<- *+= chan'a'. 'a'func,1 
typevar-func"s"[ 'a' ["s" 0x1F <- [ chan := 1  ++... + <-[[* )0x1Fdefer for- chan.... if !chan func go! }) map :=*'a' := 'a'* main (  func 
;xtype ;0x1F! + ...( ]return chanstruct && ... struct gomap +go 	,=}!for struct+-if!,! chan }type x:=map) * { 'a' 	 ) [ + ="s"0x1F *return y}.... := [ ) x{ "s"( * ,[{<-return )<-1x&&funcvar<- ,(} struct  chanchan , returnvar 1- ) 
:=if= <- 
returnmain.   "s" var}func "s" for] chan( return ] && func := :='a'map,0x1F ...0x1F{*var ... 'a' !main* y.`r` .'a'chan =x'a' 	
 ) deferstruct] } mapreturn * "s"defer =<-... 1) *[+	 x = && + ; funcfor ... chan defer } 
 :=!go  = func {	]]+ <- { ,var...chan {<-varfor ;xx return. {defer * := func( ] ] &&] chan1 :=type:= <-chan     } main =]func1 return,mainx"s" := 	... , ! ...struct[if ].xreturn...<- ) ) main
 "s"for ] , defer . ]type :="s"  1)	 <- ...*for&&} &&0x1Fif- 1"s",defer] .funcfor gochan map 'a'( 1 go *go-0x1F ; y ...; ...{for = ,(<- && <- func1 <- `r`! for&&&& `r`return * 1x=return{&& `r` y=0x1F. ( * return chantype)'a'] ) var for "s" && ...if* 1x = 'a'} [ ...:="s"&&...) , return :=&&} ( map0x1Fvar ) ] returny  var 'a'{ chan
 chan{if y0x1F &&struct ...0x1F0x1F 'a'<-&&(if } if- "s"map func'a'chan0x1F{}= + <- returnif`r`func+ struct ( +{`r`):= struct for { x] -struct<- + "s" ... && [mapmap * if. if = 'a'for ( = <- struct gomap<- if; func x[varstruct gox defergo] go`r`type; returnforif chan
 map <- 	 , !go:=forreturn;,
. "s""s" ;] <-}<-return0x1F ] "s"0x1F struct{) = ="s"{ {"s"var &&	defer =  } map!var *[( ;! x]returnreturn && forfor 0x1Fdefer [chan )(] 1x forchan go func structfunc ; &&<-) var return if <-funcgo1!defer) =
<-chan+return 0x1F}"s" defer'a' "s" ; (
var ... main [ 
defermain} (type<- [ +. 	  [!maptypetype "s" )main	 !deferfory:= y. x[ + defer `r`"s" go mainvar := 'a''a' "s"if type for }if
&&x= 'a'.=}  "s" for ] }type []xdeferdeferfunc =<-, <- var {type!=.defer defer0x1F{ ;0x1F	x * .type type . if for maindefer1"s"`r` <- +- := structdefer 0x1F].return && defer var [+ ! ] [ 1return ! ! func for x "s"   +struct for{1map go
 ,&&!struct 0x1F0x1Fx"s") ] go { goreturnmain <-go map( for defer} )[0x1Fchan;   	+[map*go .} ] return  ! go for] &&+ && x 'a'mainmap- , {0x1F 'a' ! ;chan *]	 main .[1! type 
 <-)`r` 'a'[. ,[ x[:= "s"'a' typereturn } y ( map var	}]return[for { 1&&if typechan defer+ ; 	 map (   'a''a' for "s"   [ = "s"	( if go . ! x {go!  && , y  "s" chan `r`go map= *defer ; { + + -   ...{) varif... = main for ,*if 'a'xmain'a'{.`r` ... 
 
1 +  - !
] struct;go , . x { !func 'a' ] ;main
 
 *xdeferdefer...  ]"s" struct <-{0x1F ; ifstruct,:=;...* 'a'!:=return=
main<- [ 
if (`r` 0x1F; func]  .  + 	}"s" struct( * main] &&.-{ ] ) x defer 
 &&forx <-var- chan ) ; ]goif ,( varxmapfor... (`r` `r`   
... * ]`r` ]**var for defer "s";chan go ( 	defer! map <-.ygo}!var'a'  } ...chan "s"if structfor1var'a' x { structy var + "s";<- && funcy defer! 1 1) if*"s" map func,"s"! , , <- [ y)] .{- 1... "s" y ,`r`	 {*map	go 0x1F [ struct func`r` ... 	-+ `r` + ) go"s" 'a' =struct chan<-	 struct chan {go ]x ,... + main(<-* ]   return
&& main ) var )...var  funcchan [chanvar if type )	1 - type'a''a' ! = return 
chan 1typevar;- main:=gomapx } ifreturn "s" ) "s" } defermain "s" if[.go:=:=return struct 1( ),chan 1( var:=*
[  } 1 (main;{) - go <-'a'0x1F ...! 1 0x1F=* ]x map 'a')] return ("s"! !  ] :=func
 &&'a' 1 y , map:= ;defer* && 	struct{	 func := &&	; ... forstruct{return { <-}...[  <-funcreturn} return)( 0x1F 0x1F = )&&( `r` (y x`r`
struct for	 func func 'a' if if  mapmapchan;! ychan&&chan 1structif var{ ] x defer:= 0x1F . func . && 'a'x {go  var ] 'a'+ struct1y go-) )*...  structif var:=,] funcchan  = } xfor. && chan
)(+... , . y `r` if ;=	 y 
 ifgo); return}:= 	
 := 'a' if <- [ go) ;...map:= main 1*for var ) ! if +	 map... ! defer ]'a';	'a'func && &&if'a' [ 1 + struct:= return)}...; ,}func.[&& type y+x*return <- ...	 go) :=1 * gomapreturnmap 0x1F{ type 'a' y deferdefer0x1F-{ defer"s",  {
return] {([   
 ; struct=1var`r`... , = struct0x1F
;(,;0x1F * var varfunc0x1F :=) ... ; 1[  func... for "s" `r` := funcdefervar.}; xgo- 1 [for }func
y 0x1F x[ 	! deferif
main varfor0x1F [go-1for ,} - defer"s".*ymain- 0x1F{ ] ! func. {<- {1 "s" ...'a' type) "s" && <-struct struct . y	'a'mainfor:= ] "s"y. :=x + map <-... <-<-...} (mapreturn] . ; 
 ; ... ):=go {mainstruct = ... ]] ( for ...go main 1}defer if&&type +*{ 
{map ymap defer = ]mapfunc, <-= [ "s" ... <-
-map
 +`r`defer"s" } + ] for"s" main } + 'a'] .&&go ;<-[main'a'`r` <-, gomain x defer type"s" 'a'for =} for ... "s" ]var= <- yfor ; 
 	 structvar }   "s"return ![+y xxdefer="s"type main(... ( main }	'a'="s"go  := vargo defergo defer`r`defer = "s"var . x chan -= := 0x1Fmain'a' formain[[ }<- =( 0x1F defertype 1defer- )go <- defer[var 	(yx 	, go*var &&... 0x1F -formap return1&&map 	func :=chanmain 	} * if 	"s"] for 	y0x1F} ( `r` main...;(;func; 'a''a'yfor defer `r` +
 (main [if  +&& && {
... returnchan}... && return main:=   ] go )+chanx 	0x1F !}) func `r` type] ;] `r` 	"s" ) .funcstruct &&1:= y defer!} .}
 , 
 var 	}func];funcdeferdefer (;<- func if<- ystruct [ * } +[main for0x1F var * [ ([ chan'a'defer...[ deferfunc func<- [ for ( 'a' :=type -y y.(type&&! chanchan y'a'} :=* "s"-  && typestruct if y struct struct} ](func "s"! ] .map ;[ struct 	`r`var ; }), x struct returnmapgo map; 
 0x1Ffor !go 	 -* . 
, ! {struct struct	 func typefor go ;defer <- chan := && . y   y :=
 1...-`r` struct <-return .var 1 *func}x'a') }
	 0x1Fmain<-* var + defer ]chan `r``r`"s" ]* 
 )1=! 
- "s" ] if0x1F ,deferchan if ...:=type[ ,
 { , = 1...func ...return chan type0x1F 0x1F)*type  . ! "s"} type! funcifdefer ]xif ; `r`-if, && return var{`r`. ; ;x,main return* {]if`r` := `r` 	. (yreturn1"s"1x structy .] 	 . ; 0x1F<-} type{&&x)map var !	&& ! ...1 --:= 0x1F main - go `r`+ 1-return,if } gotype map :=`r` 0x1F <-defer 1if := }`r`'a' := gotype;&&*return1 x maptype (} .  }.+- ;{ <-chanmain return  chan] { return... = type *"s"} 	'a' } "s" "s" }y x if0x1F return;map ] chan ( 1 var func [ [] return = [ mapstructdefer<- - && <-0x1F! = !chan*  1x( type'a' { var if defer<-iffunc]"s" ! ; var chan[ }[y!,struct,* 0x1F var:=for - (10x1F ; != ... -var - *mapgo !* 	... ... ... [ forgo(1 (1 go ) ify type main<-= - 1 ]; 0x1F 0x1F * struct <- *
 !defer chan!maptype"s" (! )+&&&&} 'a' return +{&& x defergo 1 var 'a' type {;:= <- for x. for ! ,func<- . 'a' 1&&map<- . <-   ;   var`r`1! x1 ! type 'a'struct"s"1 *; func mapx=struct !:= ( ,,  struct [func main structmain ]xfunc0x1F 1 {defer
; ifgo - 'a'"s" ,`r`1
main * } var 0x1F=- go = 0x1F ) ) -; `r`mainfor `r` 0x1Ffunc x x {"s" ,  := chan !if.go 	... func func0x1Ftype-`r`x&&* forgotype x
 ! if :=struct returndefer} x main var chan]- )-
... iftype (;]`r`! chan .) struct 
 ]chan [ type'a' -fordefer"s") ! struct govar+- 1 go*return && chanx* 'a' ;vargo `r` main 0x1F 	 1 `r` * ;[iftype main if <- <-. -  [] gox type [ x := `r`0x1F, , -
 var {'a'&& :=+if. formainstruct 	...++ytype, && { go=`r`[ -)-	 +defer. !mainreturn . func1:=!y).	`r` go1 :=&&type defer } ...} ]]0x1F "s" typetype ) func`r`chan :=	var main map :=`r`defer 
[ !if&&var'a' , var1-'a'go for func var 
"s" func :=
 	=:= type * 1(- ;-for:=struct { { := ] map:=   &&0x1F ... (+! ;=; forfor chan ... } go1 { struct `r`&&[
} x] 'a' =&& ; deferstruct type func	go +if x varxif mapstruct && ) chan`r` =main if+type0x1F && )
<- `r` x[ return map`r` 1 
`r` map( !structchan , } 	type defer   ) - (1struct go 'a' chantype. x`r`. 'a' (* 'a'...= go{ *) )+ =1for:=	 func returny ;0x1F 
 return type ;*returnx 1<- (defer && }`r` `r` typefuncx([:=defer<- 'a' &&var1struct main y!  for if}for &&}{ 	 for defer if, x chan )0x1F -:=   <-defer"s"=*!:=* struct; return x...* struct`r` * 1 return 1)	{iffor :=<-type&&(*(if 0x1F for	<-=, { 0x1F main	( . x.map=type [ [0x1F`r` chan map+ 'a' go funcdefer func map )   map   =)	 0x1F 
go [ ,.type 1var , ...:=chan ]	 struct.defer+ 'a'"s" go ... 	<- 	 func &&! `r`go[ ))[x - + { map ! chan =)&&&& * x:= "s" +, [ * (if `r` map	 type .+ "s":= map:=y!:= 
 ;...!x
1<- 0x1F }.:=typefunc&& main...).<-func{...{ y "s" .] x - + `r` `r` ;func`r`} { *
 type)y ... return y `r` 
... =chan !mapmain} defervarmap	*} ... returnvar} !return defer- *( = func . ! =	 type) x,;+ &&for0x1F !map`r` type 
] 1 y`r` ifgo][<- func funcx struct*0x1F 1 main"s" - + 
 ) )if+1if . .... x<-var varx-1 	"s"&&	map]typetypefuncgo var<- ; + var+ {var}struct <-struct:=  * return ,func + ! x ( 			{ (xx=if structmaintype defer"s"!*[ return0x1F ,;&&
0x1F 0x1F ]!func [ "s"-{'a'go := chan := <- { {;{ for(for} ;'a'] ]chan :=`r`+... + ** = 'a' (struct 	x struct 
 for"s"if <-)} , )`r` .:=(1 var+ *'a'+y 
 1&& { defer &&x+'a' main "s" 'a'0x1F`r` -for go;{'a'  type 
 ;	)func +return funcgo x, , return [y:= =. x go	defer:=1 { { main0x1F struct} if deferreturn {fortype for{ }y } ! 0x1F{y 1 func, } chan, gox 'a'<- 0x1F !{ map; }`r` <- * defer "s" := ;type var[ + = = ="s" main func `r`)`r` type= ) * (type1 . type+ "s" *0x1F "s"...-) return struct	.]! 0x1F.`r`, y ! struct0x1F ]chan for= +"s" returngo] 
 ... y+ =xchan
 { defer}y !struct ] := if&& x return }= y0x1F <-func- for:=* += yy `r`   ]
structif:= - = map if0x1Fstruct=   :=..."s"0x1F&&map<- 1 + ;+<-,`r` *+ defer 
 + map- 1- { [ fory returngo -&&,* chan"s" +&& && }functype"s"...struct*var ! ...1!return:= chantype1 "s" func { main y <-   0x1F !chaniftype{ func 0x1F defermain. func]var:=:= <- &&,go+ `r`go]ifdefer `r` := <- "s"*...+;- ...]:=[]<- type
=} * ] defer structstruct defer= "s"{:= :=  . 1 1{ ; 1
 	 type (y if return , := - return; { structif"s":=  "s"- + ymap	type&&(chan main. defer * {for defer}	 
 , 1!if map var + go ; ; .y;chan *`r` x'a' :=vary
) func... func; ...;+ . [ typemain; 	 for &&'a' 
type ,} .] = *+type . functype{	 return if defer `r` }* if }=(]- 1 fortype+ 
, ]} return mapfor func0x1F= ... 1	 
;
x <-	 "s" type chan .`r` map , type x ;; })go ] struct defer]defer go type 	 xtype ."s" if ;( defertype 0x1F*  <-map 1 chanif= for ,defer}func go =+0x1Ftype =.:=defer }map*= map )&& defer+go ; type <-"s" gotypetypemain{ chan+`r` "s"main := mainmap if varstruct"s"go ) "s" 1 =[ }1) ;y) ifchan}func ;&&fortype<- )func} for ...struct`r` for :=) ...]x `r` `r`* ) ,(   ;=`r`= 'a' `r` 0x1Ftype+ystruct,[ ... "s" [ ]  && * 
mapchan 	 struct 'a' :=`r` func] 0x1F:= {:= if( &&]&&-main [ 	
 funcfunc.return} chan (&& `r` y chanformain( main	chanmap=(	main ) , 1return.ystruct return; `r` y =`r`{, func type:= <- if`r` )+["s"; (+ {var := func...deferdefer <-.return deferx<- for,{ ]defer y )for 	 func+var ( if 1 if[chan"s" <- func; ( = ]! var- iffor [ 
0x1Fy ] 	 'a'returnvar)] go !main0x1F) if iffunc gofunc * [ 0x1F . x struct* main   	 {if`r`struct
 x   - [ - forif) * 	 . , + ... 1 func... <- 0x1F .{	 type ...+deferchanmapstruct map + `r`*go 0x1F )for ; (	- )chanmainxtype( structgo1 <-, 
] && ychanmapstruct defer xgo ... -:= func]:= ; , +* yfuncreturn<-  [ defer !}) 	 =if0x1F if `r` chan 	 <- , := ! <-var <-func:=[type
0x1F=0x1Ffuncchan =... && &&map0x1F 0x1F... * 1 . * ===;(yytypex 'a'chan] func ,{ type ) :="s"; )0x1Fmain (... {func + ...main ( ]'a'	 main for type )return { 'a' "s" 'a'&&{+"s" main-&&'a' for 0x1F1 map 
=  `r`struct 'a' { [0x1F 'a' var:= ...defer *xstruct 1[ chan'a' deferif )y ;!=if`r`!-...<-return * -]}! "s" <- 1func<- go var &&  } [ go
forvar ,defer. var'a''a' ... !for	= for (type... vartypey&&;chan,[type x ,( ] varreturn	; type <-`r`( 0x1F ; - ... 0x1F ,+	- defer if{fordefer. var'a'"s"  := 
   0x1F* type ifvar  `r` {:= struct 
return struct-+&&&& ) 
 
, ... ,<-} } `r`1main ! * 0x1F ]] returnfor, 'a'mapy && 0x1F&&<- go `r`=go { if "s" go struct struct `r` = maingo(
0x1F return] && } ! 
 defer, &&"s" typemapy:= +y]
:=}defer ;} map 'a'xy -;	 fory for return...;:=var	... go(type <-main,return +&&x, gostruct 1 x *-,0x1F "s"go`r`{ ]! for *0x1F0x1F}   govar godeferfunc<-`r`&& 0x1F type ! && 	chan<-var 0x1F1 for ;+ ,struct...0x1F type type map ... type *"s" *
   }map .y!ifdefertype"s"1:=}struct var [ := "s" } (if ,.,var go struct ) &&... var* "s" + ,return . )!0x1F y= returnygo );`r` func main funcdefer go for[,- mapdeferx  ( if*+ ( struct go 	 struct mapreturn map chan )! &&defer map 1main ; -= go* mapchan ) mapdefer] ... go forif := ... - map `r` chan main `r` :=! }type go"s"x= * =x . *[ x { map [[ 
 } 'a' var main type 	 defer&& varmainreturn
x
:={ , , var chanforchan 
++ ) main } 	x := )= struct return{, &&ifmapgo&&go var 	...)   defer{ chan"s" ) ) return)"s"y 'a' !:= -,	 type defer var... type 	'a' = for{ &&] struct):= ! 	 func for :=, `r`defer) go } ifif main+struct func<-, for if
type map   	defer ifchan defer if return  ...) defer<-`r` structgoreturn ))  ; mainx`r` mapmain<-[ structvar, 	defervargovartype- if ...chan defertype) . 0x1F 
 forx && var) defer'a' { map "s"1 'a'type . 1'a'( var! ]x for 	forreturn && 	map0x1F(*if, `r` *   =varforreturn *func+ ...struct -"s". type=funcreturn=;! struct"s" ymain )&&.<- && 	 func ( iftype return&& ). 

} {defer return x1x chanx .... 0x1F. go[ type goif 1 var* *[   "s"gofunc<- <-*:=*
... + 0x1F func ; y . "s"chandefer"s" struct if} ...{ func .	 .&&mapvar)map 1<- <-]if]if} map 1) y )for} defer ]*
 "s" ;1 !(`r`chan ] returnmap 
 - }}+! -defer returntype + ( +structvar &&-mainvar go
 go 1( main - defer!varmain ...typetype;+if<- =;type = 'a'type 	 *-chan'a'{'a'type !`r` ]=main xchan "s":='a' ]for var && 	0x1F=return [; + ytype ] map<-iffunc  var main+* defer + if (chan1+1if [ 	for = map +:= go1 x { func "s"main+-...( iffuncfor -`r`0x1F... 0x1F ,0x1F defer x[ ] 	 type= , y, type x 1`r`xreturnstruct } 0x1F if ] var; 	 ]) ;"s" -<-{0x1F )1&& <-if 	 .("s""s" <- "s"type `r`func = := )ifchan struct...deferif = <-+ func! :=-return	type ... ! map .; 0x1F - type! !0x1F 'a'+ func func "s"mainstructmain
var }* (+(struct `r` 0x1Fvar struct! 0x1F &&0x1F, ] ; if * ( - if 11 if {0x1F;map var := 1"s"1 `r` } ...return `r` map y return type <-. map (x- = chan, type {func<-	   return 	+	 var ...map ) returntype0x1F <-!} { {<- .'a'y ,'a'go mapy} ...chan map defer if}:= var* !var 0x1F y 0x1F'a' chan, `r` main [for.var * )( ) forstruct+returnmain
 
...... chan },) } - main)defer =struct )&&chan ]  :=	{func . } defer  * , .) func0x1F, && - ) = !map 
! &&, ,(go .:= x
 ; ... y *type ifx 
for if`r` *type <-) && ( . 
	 [1func return= func; ... !typeif &&main . chan) :=y type[for {=if 'a'	 !<- 1] go-'a'. } for ;0x1F ... "s" return 0x1F[ main typefor map]go ... map= <-"s" goif `r` 1.&& ... "s" [ return := if map0x1F[; if0x1F. 'a'0x1F return- [... defer !; map go struct}(*+] }= var+x .
 * returnvar chan  `r`<- ] 1 map&&+return+:=returnchan1 :=;.!mainvar ... map] defery ...defer'a' . ) return 
( struct funcgo	for , chan ."s" !( } ...return chanx + ,var ! `r` - 0x1F! func return && main	 struct if! - {'a'go return) for} ,+struct 'a'.defer"s" := ) 0x1F 'a'
for go structvar -[chan ... .var=, ( &&`r`type map   "s"<-!<-]&&chan:=&& chanx  1 &&:= , func x<- chan "s"ymapfuncfor <-&& 1...chan<- y if'a' 0x1F "s"- "s"`r`chan<- "s" *x.
 'a' main ]:= 
= ]`r` fortype * . 1... "s"	 ;   var...`r`if   `r`{ mainx -, func(0x1F! ,} "s"  ) =.main  <-,<- "s" !map &&func {type"s" ...! for	 1for+ <- deferif .func defer+ + map() struct defergo . struct x x <- 
. return ] chan 	... func ] func mainstructifx ...y [-varifmap.* )<-...,0x1F struct- }+
 .mainfor !-'a'* ,( + &&}... ] }&& 0x1Fdefer&&]!`r` yfunc func... struct]}chanxvarvar, 
structfor ... defer +map{ 'a' =[ defer for= && 1 type]; ] , + +* y	 chan ,} . := && mainifgo'a'struct ;( y 'a' 	 -returnfor structmainx { )var"s"= ( - ; +
<- chan =}func 1&& ;!+type go y } [ } [ x  *x !+var + x,for; (main; {for 	'a'} main main}	{=type (return. `r`)"s"struct ,... )chan ; } main * x-'a':='a' var if("s" ) xdefer"s" ] for var, 'a'
 {defer; `r` } type + ... 	1:=for * ,[var {1 * 	 =]... chan[struct y [ [<-1defery&&) 
 if=&& `r`x x;type 'a'y}.!`r` !] 
( if forvar= 0x1F+ defer var main( chany;map'a' <-(	 `r` && 
 defer	type func ! && + 	go type ! + { y,*0x1F] defer 

go var	func
-{map0x1Freturn ... 1 go0x1F ] funcdefer `r` ,<- if {, `r`- [ ) !* var<-
1 map] ...x *func map=return return,* ,return+ 'a'  chan"s" ][ *]	var[&&`r` struct... go defer-0x1F 	<- ! struct &&[varfor 'a' := gofor; y."s":=	
... {=for+...deferfor  x [for `r`+ [.[ ...=go:=func :=}...} "s" y ,- };return { func y map var +0x1F chan =+defer= = && for defer * - := ,&& ( =] 
 ]<- main;x <-return -;0x1F [ if { defer"s" func= =var type0x1F )&& 'a' main+, xstructy {= - !"s" if...`r`- `r` [0x1F y 1 defer { [; 
 type { type return "s"...if
, type <-- ){ { = ]map type .&& *struct [-{ ...	 [ `r` ,,0x1F}ifdefer= x ,{ := if `r``r`for + ! [* x ) go for  * ! func[ +, "s" var y+1 go,gogo; ...return 
{ chan
 funcreturnfunc - { typeif ! .}for,*main. ('a' := chan`r`returnchan chan struct= <- 0x1F:= [+ && main = &&forgo return0x1F var<-x .funcforstruct 1for return! * map0x1F * := for .func
 map `r` if !'a'1- {chan [ map y defer func"s" defer 11; . , <-] chan+var type for`r` ! main<- = 'a' maindefer main! y."s" x; forstructx main    ... ifdeferchan, !defer .[ )map;)func ,0x1F 	0x1F0x1Fy[func]return 0x1F := +xmain = }- "s" -[ ; var y. {= type :=[ ... 1+"s" 'a'!struct * . 0x1F 1 &&{ ! xx[:= type,*x {;- formain 1!`r` ( -y 	++<-y'a'	 )vary 'a' fortype<-1`r` if"s" , 0x1F map.] {     {) <-   .return main{go .fordefer&& . +] :=defer
 + <- chango'a' deferdefer defer var ... ...y )for type "s"defer for'a' y  for .(;xy 'a'struct *`r` mapy* 'a'[ map +main map -map; -func 0x1F {&&for 'a' return+ <-., ]yx<- y chanx  chan var ,- 1} ; returnx. && :='a'chan :=+ , ]ifdeferfunc ( ! &&} 0x1F <-chan! && ; 
 - main "s"*var .return ! "s"   {( - go
 	 &&defer 0x1F ] {var(
return) ] defer var mapstruct struct.for:= x &&&& return[ gomain;
 *x) "s" } y defer type &&if} {] var 0x1F;+ if yy *... ... ( 
 vardefer."s" && go"s"var * go { <- ygo 'a' ,func}
 mainstruct ;func......]mainmap if - ( return) ))var !xtype - return 
....:=;!:= )type *"s"map map 	return struct go... {+!'a' . <-chan-chan 
 "s" && defer- && ]go -var (1 -'a'   for - *- 0x1F 
 ) - !var returnchan ;'a' := if1 "s" ( y](map .0x1F 1 go typevar<-:=}{ typemain ( }'a' 	!chan if type	 }+type x { chan `r` . if `r`,structfor 0x1Fdefer = = formap ;(`r`* return <- +type<-chan ( ififfuncstruct	:=0x1F ] [`r` 	1[; ( 'a'type'a' -	map func :=* fordefer return ) y 
 [return map varif  "s" 
 ifvar [ { return) 1<-=for )!return1"s" -map [ y  
return!  }; vary !if defer"s"var "s"chan :=var typeforchan x 0x1Ffor ...`r`; map1 ,go{...if for ymap... ;( , { var`r` ;[ func) ; ; ={ "s"=! goreturn x <- [y -main struct 1 if 'a' defer defer struct,`r` 1 + go	y "s" 0x1F1chan funcdefer }'a'  `r` `r`1-; struct<-chan{ yxmain-y"s"return`r`=} <-0x1F type go,if go 
 [!func &&* ( :=} mainif &&&&struct struct	 , go=[;'a' ifstructyfor return x - [  struct&&for `r` 0x1F 	 &&   func map&&"s" - chan{0x1F};if {"s" ; )*+[ 1 ] ; `r` = struct) ] +!chan return<- return] var.ifchan func "s"x 	] func,'a'( x. ...} 0x1Freturngo 1 struct*func} map1 x 'a'- defer`r`* "s"} 
} ...return defer +map {( go*if struct var = ]   struct y;x .] =+* 'a'go*'a' [!0x1F func [map struct )map && `r`y `r`+ 0x1F , ;+ for , type="s" 'a'<- return + chanchan`r` map 1type&& mainmain= 1 && * && `r` go main'a' chan `r` 0x1F = ! ,x	 - 'a' )  go&&defer defer  }main(   ...var 	 typefor defer defer main vardefer chan 	,} typex* maingomap for1'a' vary func =return	 y{ map... *type , 	,return main 
func. "s" chan }1]&&  struct-[]=,"s"main for [1 'a' type(- 	 ;...:=+ chan chanmain returnreturn; type , ] ,type+ defer main . chantype mapstructstruct map ( [ -var 	[[chan'a'! ;x ;"s" <-go :={ for[ ! }} 'a' var func(0x1F func for <-+0x1F func[ , x&&[!`r``r` for1 
; for. if , ( , 'a'[ = struct ; ) defer+ go   , := [	x ]!:= - -struct 
 = return map{ main `r`     'a'* returnfuncchan
<- 'a'deferchan )] ) 	 return * func typeif&&return,- && [struct 'a' -1'a' 1, 
[   return map ] ) , varvarvar `r`'a' chan[)struct ;func) `r`.:= }:=&& chan main "s"= * = chanifgomainvar x := [ y0x1F   chan'a' defer[ func ); [ ]defer map= -<- { main funcmapif*if ( return  (go;&&&&... 0x1F 1  !main struct &&=chan ( map* var 
y struct-'a'	 	 x -returnx"s"main} =(defer'a'+ 0x1F...0x1F, if}* var *
 + return go! } main 
 {'a'y go-go] <-, y !  <- + struct  x ( = map 'a' )if{ chan ytype"s"0x1F   1 'a' 0x1F struct "s" funcdefer<-[!]func;} +0x1F`r`]go [ ; 	[ { 0x1Ftype type "s"&& ;mainmap* . 
 <-y; }for { 0x1F-  'a' 'a' varreturn... map <- } go !( )) ...- [ 'a' , ) type )<- go. defer defer+ && }type !varvar <-* map'a' 0x1F1  * ... 
y ] func ;+,
 1 go! `r`!= - 
 ymap 
 -defer1 map := map )func go <- ):=map .map ;defer `r`struct =- struct`r` 
 1 if {!type ]defer )go main if [type} map"s"] 
 = 'a' !<- ! 0x1F+if) `r`return typechan , !{ x structmap + + `r`
 +; +var [defer&& <-, &&;-map ...1 
 [, &&== (*]map] ); 0x1Ffor   typemap 
y <- *func var-ifgo= return ;ifreturn ;if] 1var go =type ( "s" . ( ] if y 
func fortype return...&& . type	) ...chan [defer x 	x, struct return },`r` !defer return'a'funcy chanfor( *var0x1Fchan ... ( -,map chanif`r`x!...; defer:=...for 	- :=   if =1=:= ; ( returntypefunc y `r`type ; for<-x 1 } "s")main+ ]
...1func- returnifgo go  ; returnreturn [. x y <- + <-&&, ! var	 { +} 1 main] chanfunc[ 'a' struct *type {... ! return'a' , :=! +	y  -! ( ; return defer*  `r`} &&[ (`r` <- [y var`r`struct {* } 0x1F x 0x1F 
 for 	( for, +'a' main x	func 1 ; struct]	 return+var :=   `r`mapreturn:= ...[ ] , :=:= 'a'] map) "s"func &&...y var.return . struct 
 <-1,; } go "s"returnvar} x { 
+ - for ,.var !map [- <- [ type<-y  func	])  defer if } 'a', map&& =	var return chan( 'a'} ] [0x1F'a':= <- y]!'a' :=`r` } -main = +return main } -
&& } type 'a'...<- .	for  1,go
 ;go][  "s"  	 (`r` },!y( return for funcdefer if go struct!! main{ (main + "s"&&-x y`r` 'a'type	 func. - y],1if = `r` = .{ - ( defer * for } !{ yx. * )var .<- *   mapfor+<- .  ]! func <- , :=  struct] if if y y* }x ... +...forx for[1:= go "s"1 =y *if 
 && var"s";} {x	 = ( type= ]x- typefunc 
 main} defer &&map[ type 	 } )type ] ! 'a' 
1-chanforreturn return ...func defer0x1F	var&& `r`."s"...
return } ) { for]! ; defertype := , := 'a''a' *] 0x1F-<-'a') -type&&x +*0x1Ffunctype chan "s" type'a'* ,structchan = 
 ='a'defer   return <- :=}`r` func 1)type[ 	 "s"return; type 	 chan * :=! - return  ;x 0x1F	 } "s" map"s"+ , 1 !x 1[y .if] } , )`r` type...type... :=+[ defer0x1F type y. func'a'0x1F`r`<-1y1 = ; main-+ mainstruct ( }chanfor `r` [return{mapy1struct&& for return if [ ; };&&defer var +*, [}defer chan chan if-'a' xystruct 0x1F,<- `r`... x ,(varymap defer...;-func0x1F typereturnfor . +returnchanx"s":= 1 map defer && <- 0x1F func 	 <- chanmap ... <- var if ,=  [ ...] main -:=
{ ]
go ] func return  =1[ *...  * y x ... 0x1F type = struct &&(  ='a' defer type <-return ! 	 ... "s" funcmap forif x ...defer := defer[0x1F ] ! + struct=-for "s" ; *]maintypex var+ :=	gotype'a' {map deferfunc[ x { "s"&&{ &&*...:= y} for   }  "s"y } }  xmap , ;chan ...!0x1F<-
! [y][...returnmain	 ...chan } struct && "s" `r` xmap type	 type... "s" =. + for type ( ;( main y}, func 0x1F1] *xfunc .  , y chan ...func { return map structmain for var . * ! x x var.struct <-maingo
x"s"type, 'a'	func ;if [ funcgo godefertype { {main- forvarif yfunc1chanmap`r` go... [ y<-! returnreturn&&( "s"for && }"s" 1func var
; &&   [  }main chan<-  [funcgo* := structfor defer
 && main1 ] `r`:=`r`[ go )'a' } yfor= }mapx ; [ && "s"{chan...func main[... if xstruct!type map; <- - for return[ return[ &&-...( ( func := type,main for <-struct-!! <-type( type 
chan y x	 structmapfor(go y ... . 
 } struct { }=0x1F }go && chan for ]-   go]`r` return; xvar
struct -;func chan +[ "s" type defer:= y'a';map0x1F ,} if 1 	vardefer<-type var)structif main `r`map. if <-`r` --] y! 1 "s" forfor . ! }main&& gostruct`r`chan main'a'; struct 
 'a'] {main`r`-type * := := !chan <-functype * && )... <-) { main map} . { }[*1 := 
 type] for chan `r`[+ ... } `r` := = func:= main]map={{ go]struct if <-,) type...chan{
x]  func 
 ;"s"  ) x )"s" ,- =:= gofunc,defer +)<- ]chan &&   x-'a' x+ } returnfor! <- 	* returndefer map      return......if. y func; `r`chanreturn go func( * :=`r`structvar] `r`:=x0x1Fstruct iftype1   struct 0x1Fy =] ]var ] (}'a' ) &&(
if( [&& for if go0x1F x<-[ type= if , defer= +chanmain );]var] && ] x func ...   * 1if 1 .func(struct {]var= ] chan return ! ]y type for0x1F yfor`r`map ;go !"s" ,!`r` ] 	 for, !'a'...&& type- if .'a':= }struct+ "s"x+ if , `r` <- for) x type (xgo,'a'func type ,varreturnchan && +(0x1F;&& 
y chan !, ; }*go ...<- := map ) struct -. var yreturn func &&  type 0x1F`r` (...xgofunc	if defer ...} :=y;0x1F<-func func
 "s" - func"s"}} go if <-{ + 
)[:=, [ if +) mapmain }{
 forx if deferdefer (  * "s".* ) 	 && ! 
main! ( 'a'for y= 
,x&&( } :== var )( chandefer&& {defer y &&return ifreturn. ; }return1 var  
 y  y ,  , ,'a'struct * "s" * for<-<-[(map 0x1F ... + )1 y ) 1 xmap-.if*if}chantype "s" 
- return for`r`forchan .<- 1func! x= func1 var...'a'x ] struct mainmain defer func - = 0x1F{,defer := . main [type]<- := chan)1 ..., <- return -var[ returntype [ chan{[;- `r`funcmain! !   1:=, ).( go]  "s" =var){var) 	 = ifif - * "s" 	 ;0x1F type x * functype [	 -varreturn * {:= var { ! 'a' go main 0x1F y .;func.func ) `r`&&if ,1"s" ) { deferfunc *x   +for[ :=&& &&0x1F-}&&...! `r`-1`r` ] *"s") {, defer ]. = * struct map[]funcy map+ if   y 
 if return (for {chan struct "s"+ }:=ify }0x1Freturn +<- { `r`iftype struct
( ..., ,for&& ! :=+ y type +map 
 type ;*
 0x1Fy struct * main&& .[go= `r` if. &&'a':=structmain chan `r` && .structmap [chan
iftypevar funcmain  	 var struct{'a' structvar ! 	 ( + map y - && "s"func if!main11 'a' . [ ! ydefer struct&& 1- main
0x1F 'a' *  typedefer ! "s" for + type... { +-} ) <-:=struct&&] 1* * [ if,&&ymainfor *[; = { if * ! . func! <- :="s"! type * if varfor*deferfunc map y 
] (chango} variffor [ 'a'. = x
 { )-y xmain chan+ x -; {, ...  type ... map...struct x( ( 0x1F = funcmain (* "s". :=;var*struct varmap&&x return ]] func ( 	struct "s"... 1 0x1F map defer*[++ := 1	[chan:=x `r` ;go`r`'a' { y 	 0x1F'a'+ goxmap!( struct chan 	&&y 1][ (
 (,struct -&&for main <- - ( main var{ 1 ; chandefer; defer ;if + = ;} main  := 	 type mapmap!1   { struct "s"'a' , {if if y ;if ( mainy&&} gotype[ 
:=func var 0x1F +map return +=0x1Fy()} y var
 , chanfor xdefer ] 
 x } struct] ;
 for type]return if'a'"s"] y +var var map ... 'a', :=defer if map"s"[, `r` ! ; && y(1:=(-
 `r`... [y main:=* "s"
 1"s"(`r` 1}	 funcy-==... )) chan! && x chan`r` } *++![; defer chan... go ;structy := "s" , ... for x{ main= * ...}( = 
defer) + for `r` *func =) =.- ( ] "s"var chan +{:== `r` 0x1F map.struct if= struct 1... !struct	 `r` 	return "s" defer  - varfor if ] +0x1F chan ) map
defer if type} var:=ydeferstructfor y struct `r` 0x1F0x1Ffor  y y ,typefor. 1 && 0x1F main0x1F"s"&& && <- 'a'... "s" 	,- ! 
:=var map... [; 1map 'a' map... +chan { ... defervar `r` mainmain type !  ]1 * ; }- defer type type, `r` +-- 
if1'a'* y defer* 	 )1 go = + !main && for1map. 
	 + chan func 1 [ ...map"s"
 chan ! type. return+ .}	[ xfor]`r` 	 return	 [y x <-struct for`r`{ defer + `r` + for{{x , (0x1Fx , {... func map gostruct"s". <- 	map [ &&`r` type ) := main <- var.... (;main 
}main
 *<- +return+0x1F funcgo :=! - <-   ). returny0x1Fmap
 func := func }"s" defer struct + -for x 	 'a'func main("s"funcy}for chan+<- {]:= { && for... * for structmain)type; 	main -1, var 0x1F[ { =+ chan&&main ifvarvardeferfunc x !
) ,defer 1&&x 	 var	*returnstruct map [chan !-"s")	 struct, "s", <- forifx + . mapmap]!; := -<-main... main `r` map[ } defer 1go:=
func func1typey varstruct [; "s"defer "s" varfor ; `r`  ... ! `r`mainchan map <-type map )....xchan	 {0x1F [	 defer 	chan&&defer <- + +  returnvarfor, [ :==func return 	 - for;if + func'a' ... ;,main ... )* ,if (* [{chan x   +funcdefergo+, chan- func type ... ,:=defer "s" )( <-.*- { [ main defer &&chan + goif func `r`:=)func <-	y   x } yif* type0x1F:= ] 	 && :=[ ...main&& :=) ifvar }'a'0x1F-struct x := {defer0x1Freturn return ...x + +x 1 !&& forchanfunc [ - var= ... -`r` . 0x1F :=struct * defer defer struct deferchan&&=mainreturndefer..., chan&& .x 0x1F[, chango x go map go  1=main&& -chan 0x1F !	... return<- {&& func [1 +func;y1 "s" map if 1`r` * for!for ] returnvar  :=`r` {] var..."s" "s" * - go ...[ [&& }! func ( "s".<-}&& := func funcvar= type:= && ymap structvar . ]0x1F &&ifvar
map; + var
x ymain&& && ) [ 'a';;*`r` 0x1F "s" struct struct :=(deferx 'a':= ! [ func  * return var[for ! `r` for*; chan,...x
 ]defer:=return-* !type)funcgo chan... 'a'x +struct struct varmap x  1struct] gomain0x1F  = 0x1F !structfory = go] funcif:=&& . .0x1F 1(var. main
]	-x 'a',*...=* type:= 'a''a' chan!= func struct y for type y 0x1Fvar], return'a'gofunc 'a' , defer0x1F func xvar x 0x1F map{    struct if , struct ]y . struct -]vary := struct (} 	{{chan* type map map"s" 	 ; )- func "s" x ) ]for { `r`var x <- = 0x1F 
 0x1F)var 
 ( var 
ifreturn y - 	(`r` [ yfunc!+*+-+ chany "s" 1 for]defer *,  gox ] .chan `r` [ defer + ]struct func{struct 0x1Fy go1&& go &&map map( main xstruct )	( -:= <-defer; structfor :=struct"s"var (...... type 'a'=} 0x1F 0x1F "s":=struct.'a'&&;[type 
 struct main... chan -;main; x <-.- !for ... var var,. 1var funcif+mainif 0x1F } [( 1var if1;chan , struct main ;for yif):= +0x1F [varvar 	  + * 1struct"s" . struct0x1F "s"- := ifmap chan]] [go&&... * = ]xx ! 	    0x1F 
 x main func 		= {y <-"s" for (type returnfunc 'a' ifyfunc'a'defer {..	"s" )mainreturngoif ;... type for 	 - !main struct go. *'a''a'  type struct funcvar... =if for] [ 'a' ...
mainvar [ ! 'a' iftype + 0x1F [ }{ . *1	*chan "s" !'a' = -map
 ![ map=] "s"
 `r` map	`r`<-! map returnchan`r`funcgofunc"s"if0x1Fiffor fordefer] type map ]struct.+} ! for "s"for 'a' var} ] , 0x1F	var
 (
1 func <-)chan "s"yvar go;! . for`r` y y ; 'a' return
type`r` type =......ymap ] map <- mapgovarxmap ,go } <- returny  main 'a' ; struct<-- - +chan "s"
var; defer; =;type ; x&&<-return ! 0x1F... if)&& &&; )] ] 
 
struct defer main]y ( . defer  , , .. 0x1F return defer+  )<- !  +chan<- defer } (
	if	; :=:= <- ={ forreturn*. var; 	1 defer-'a' ( . if 0x1F 
( returny...main + y- .  *var] type for yreturn * 0x1F ] 0x1F, `r` } &&; (:=0x1F} y . && y1"s"struct; 1[for var (varmain* && * defer * *-; y]type type `r`map "s"map type + !main chan 	 0x1F}<- ygo&& y,] 1{,	 main 	 + {1 mapmain ; struct'a' ... var[ y:= main[! ) }=, ... return( 0x1F := 
...	 ]ifif struct)type  [(1 +func x 	for 'a' ]. &&}func if 
 *...
  
 &&) defer	, ...... <-xmap *defer! ...var (struct 	main!'a' if ...],y ... 'a' ) ( x <-
}} &&&&defer y"s" xx 	 ; - -! {main  
 go main "s" ifgo<-= -struct ... varchan ... 	 } struct. 
1 "s"func ; type 'a' { main(; 'a' 0x1F1go = [ x0x1F
 func 1 return "s"11 <-   -<-
 ... [ ] if := x 0x1F,}1..."s"}struct struct ..."s")chan0x1F*} 
{returnfunc !:=changogogo return (var defer= 	 (<-=&&   defer<-struct mainfunc &&1...
return main&&forfor   * chan forymap chanchan
main defer( main!if( * x... x.chanmap && for + type
) [1! x} 1x xstruct [ ! - defer - `r`return1go y( 
	 go 	 struct * func {. type ( go   =main :=, ( , "s"xmain= typevar go... && !{!0x1F ). )defer[ [ var	y && 0x1Fvar= return } ychan[&& ]if 
 1	 map <- "s"forchanreturn1var ] "s"]1 var 	 type( type;   if { (... {1! &&x struct ...&& :=struct chan:=:= map= 1 , {ygo !	 =1
 + * = chan &&] `r` func "s" ;'a'func 0x1Ffunc:=map ="s"	return! 'a' func =  chan<-; } . 'a'[ [ ;('a'* if&&   struct . "s"! &&
 [)mainy+ , map !map `r` + { map [1 ... ;, &&`r` "s" y[1x *   ]'a' + x := <-,if, ]]] var <-(type&&for)main )main 1*func 0x1F( ... type.struct if 
 0x1Fy.... structmaindefer for 0x1F0x1F ( type!go0x1F map 'a'map [,!1 - --map&&ymainif go0x1F, for), 0x1F &&  }
xchanx...defer[  )var'a'for:=	x 
 var , .;func ,&& <- type"s"<-`r` func for chan =!!`r`( =0x1F, 
= ]map y*defer map go=`r`'a'chan{... y -"s" {;structtype
 map  (-{ map mapvar return - [ 1.!)if 	y struct1chan0x1F 
1 'a'; -`r` ):= 0x1F } } ... := 1 struct   ,gomain * yreturn1main*(,if ,= type "s"  func func[ 	;map]for:=main. (return = map func( { `r` ) returnif <- ... ]"s"(!defer + ] if!	 var( } main 'a' `r`   "s"){ :=x for&& {1 ! ={ ) -:= !:= var,  for... return 
 	 forfor&&) *... map{ var if - for "s" for`r`xxif forif)struct `r`!)for'a' yfor `r` } maingo:= ...*<- map func func:= +* ... func ,=; 
 'a' for  type { func 'a',0x1F , ( main"s"*;! mainx 1  }<- type for( [}type1defer !, :=struct0x1F ( -main defer ;  )type-.[ !1var`r`
 ... x ; } 0x1F	 chan`r`go y ifvar,0x1F 	1 type <-, x ...
 'a'*!struct+ ( 'a' go )return && * )*`r`-] * ) -:=<-, go"s" &&{ && type * 	'a'}return...  , ifgovar {'a'`r` ( 
*x`r`chan var ) chan+ <- ;,  chanfunc if(type; 
	{0x1Fvar
 , .<-y...1
mapif ,y (0x1F = ] chan   
"s" { * struct= + +, := y+`r` map y
chan go[mapmain......1 varmain struct'a' func +	 func type`r`chan<-<-="s" . *"s" type,.  ifif ( 1 ) )if} struct for... map ;func map 
 }y-chan; for	for<-...<- .return+ - { map x <-
 chanfor0x1F * [++<- type !<-y )= gofor
map:= type0x1F1 	 return	) `r` && <-!<- [for 1 ]	 +`r` xx defertype[ }*map defer&& `r`<-0x1F {var( 'a' map 0x1Fx	 go } map"s"- 0x1F x 'a' go. 
  for <-{ ...'a' main} return'a'
 [map<-x ! var}y struct ) ;!{ mainchan }chan 	 ifmain if main ,chan[ .} y [ ) -(; return+) !;-}	 +* ... var....	=fortypemap main"s"}go return 'a'y ) + - chan )gogo( ; && 	type .0x1F- 1+type , for][ main+return main= maintype type ;; <- := )main map `r`] deferreturn )......map :=<-var}<-	 )+ }func 
{+:=go0x1F<-type 	...1func0x1F type{} struct <- )"s" 'a'"s"! y, (if "s"(map , go 	'a' )] if = defer	&& = 	y <- if 'a'return if 'a'x   {<-main<-]"s" main[go ...go;]! [ ifmain,type map !  go 
type x ] x - ) ] ( xychanvar) ! { * struct struct 1 , ychan&&+&&{ =&&go (type *'a'y:=	 for- iftype chan x!-'a'x defer main&&0x1F x 	var +'a'`r`var [ chandefer type:= if! && =] { <- + 	* ; :=`r`1map [ , y funcgo
 - + 
. `r`.} `r` ,return( go- ( y forreturn! ; main "s"}} &&{) main y ..., * type * { x + 'a'] } ; "s"(:=  ... ( go ,type ...{if "s"0x1Ffor ... ...<-*structfunc)chanfunc ==}{ struct 
 x 0x1F`r` func return chan.vargo:=; structmain ;for 0x1F -map main+ ... y ... , map mainiffunc= [! + x, { *] 'a'* ... , `r`if ] chan type<- <- } ;
&&main ,0x1F ] ( ; * ]  }0x1F }type+1 func :=func ( 	 ... <-;for'a'   	 = (;`r` chan (map0x1F&& ( +{ var&&:= ] =type  ) ]map  . !} ;var, 	type	defer( ;(,:= main fortype *=for(
...defer (defer ) func<- type ,) && main... struct`r` + {11 1 y 'a' ("s" y! defer chan(main := `r` type struct structy [ +].returnforstruct`r`); { && .&&= if!;y'a' `r` "s" ;{ defer ( go [ chan govarfor `r`)go... map, ...for } &&! 'a' 	1 1 struct *{ ...= ; !):=&&map ="s"('a'-if <- forreturn { main chan'a' )) &&
x ] = . ,{type1structdefer func )** +main {];) !! 	<- ] 	func"s" ][
,y} ;= { go chan return struct 0x1F0x1F && .1 [ ... 'a'"s"&&returngo func } y0x1F! 	&& 
 `r` ] struct] ) chan ( {	func .for 
chan && = defer x :=[   main map if x!yfunc:=func for ] +*,. , type!funcvar1 = maintype ! `r`{)if + } .y'a' [1  ;'a'xreturn'a' [structif!+[xif return ; [1main`r` <-`r`:=ifx {defer =;,`r` 'a'- = 'a' *type`r` ( ) if*1vary`r`:=y y ]-}defer "s"!defer + *structfor !; y return- chan	0x1F"s" x chan{ := "s"'a' struct chan0x1F = 1deferfor func	:=., ( mapreturn 
 defer map{ } = &&for,{ mapmain :=chan 1-defer . chan) return x struct forgo ) * if maindefer 1"s" 0x1F{{ :=1! main <-*[+ 1* ( chan.+ go,, ! ( := mapgo[return&&struct`r` +1 =*<- `r` 
struct"s" y `r`-
[:= 
{x(ymap )func<-mapmap ... chanchan `r` } .chan1...  func { struct 0x1F mainif:=chan return ( 	 chanifreturn. var 'a'"s" return
 ( if<- )map{ -main `r` var * 1) func[<- )0x1Fvar* 'a' , chan `r` - chan"s"{ `r` mainstruct{x + ;func+ main go
`r``r` x1 = }0x1F =*-{func  var for + main"s" y*"s" ,0x1F }[  chan <-
 = 
1 `r`. -0x1F'a' map =[return 	 	 +<- .1 0x1F type `r` )	 !- ) if*( ]1 `r``r` ;= 0x1Fx 	 0x1F ;!"s" chan &&x*<- if func1defer defer} ...main + ;! ]	 , ! ; type struct 'a'func... } 0x1F := struct-. . &&go-:= 	:=[ ... -defer	main . map
 for 1 +x var "s" varmapfor map`r` var:=go`r` -) {{ ; var 1:=for := 0x1F varstruct{chan = -1(defer * +- return<- ,]...varchan(:= return1mainfor{"s"var "s" 	'a' mainvar "s" ;func struct typetypevar"s" xreturn *return .go! ;[{&& * type func ( - &&"s" deferstruct 0x1F var ifdefer"s"  main 0x1F<-structxfor ,x struct `r` go`r`{(y [* &&,vary]type,goyreturn -struct defer... :=;func 1var *'a'&& )func main x <-chan] ( go [ return}0x1Ftypereturn 	 [ ... *:= ifdefer `r`chanvar govar <-main... go ;]:= var return (   typeif ; <- ; y .
)... defer'a' defer +. func:= go1 if := * , - ]*`r`	( * 'a'func'a' ;"s";map-  ! 0x1F 
 
(0x1F'a'`r` var	<-  } y [, chan []for yfor := ( 	[ )funcmain = var1  main func return + y 1 func x; mapstructstruct...var main ( type *, - func ...for. *; defer[ ... *- 'a' 	
 main ]...}...xreturn...func:=] ] <-y{ for]  'a' struct ( mainmain+ mainvar&&}if y"s" 0x1F-defer func0x1F 0x1F   +map . -} 1'a' var'a'struct 	 ifgo [type [type iffor && chanfunc) 
*y 
 for main 'a'.0x1F type](. "s")- 
] { *main + 1 for main defer go. ...`r` + var(map 
 struct struct 1 } ...func go +func; y :=11"s"]type- for	 ! "s"-
 
}
