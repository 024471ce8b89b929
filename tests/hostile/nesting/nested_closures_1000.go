// Abuses: 1000 nested function literals, each capturing the variable of the
// one around it.
// (Built by tests/hostile/gen.py.)
package main

import "fmt"

func main() {
	v0 := 1
	r := func() int {
	v1 := v0 + 1
	return func() int {
	v2 := v1 + 1
	return func() int {
	v3 := v2 + 1
	return func() int {
	v4 := v3 + 1
	return func() int {
	v5 := v4 + 1
	return func() int {
	v6 := v5 + 1
	return func() int {
	v7 := v6 + 1
	return func() int {
	v8 := v7 + 1
	return func() int {
	v9 := v8 + 1
	return func() int {
	v10 := v9 + 1
	return func() int {
	v11 := v10 + 1
	return func() int {
	v12 := v11 + 1
	return func() int {
	v13 := v12 + 1
	return func() int {
	v14 := v13 + 1
	return func() int {
	v15 := v14 + 1
	return func() int {
	v16 := v15 + 1
	return func() int {
	v17 := v16 + 1
	return func() int {
	v18 := v17 + 1
	return func() int {
	v19 := v18 + 1
	return func() int {
	v20 := v19 + 1
	return func() int {
	v21 := v20 + 1
	return func() int {
	v22 := v21 + 1
	return func() int {
	v23 := v22 + 1
	return func() int {
	v24 := v23 + 1
	return func() int {
	v25 := v24 + 1
	return func() int {
	v26 := v25 + 1
	return func() int {
	v27 := v26 + 1
	return func() int {
	v28 := v27 + 1
	return func() int {
	v29 := v28 + 1
	return func() int {
	v30 := v29 + 1
	return func() int {
	v31 := v30 + 1
	return func() int {
	v32 := v31 + 1
	return func() int {
	v33 := v32 + 1
	return func() int {
	v34 := v33 + 1
	return func() int {
	v35 := v34 + 1
	return func() int {
	v36 := v35 + 1
	return func() int {
	v37 := v36 + 1
	return func() int {
	v38 := v37 + 1
	return func() int {
	v39 := v38 + 1
	return func() int {
	v40 := v39 + 1
	return func() int {
	v41 := v40 + 1
	return func() int {
	v42 := v41 + 1
	return func() int {
	v43 := v42 + 1
	return func() int {
	v44 := v43 + 1
	return func() int {
	v45 := v44 + 1
	return func() int {
	v46 := v45 + 1
	return func() int {
	v47 := v46 + 1
	return func() int {
	v48 := v47 + 1
	return func() int {
	v49 := v48 + 1
	return func() int {
	v50 := v49 + 1
	return func() int {
	v51 := v50 + 1
	return func() int {
	v52 := v51 + 1
	return func() int {
	v53 := v52 + 1
	return func() int {
	v54 := v53 + 1
	return func() int {
	v55 := v54 + 1
	return func() int {
	v56 := v55 + 1
	return func() int {
	v57 := v56 + 1
	return func() int {
	v58 := v57 + 1
	return func() int {
	v59 := v58 + 1
	return func() int {
	v60 := v59 + 1
	return func() int {
	v61 := v60 + 1
	return func() int {
	v62 := v61 + 1
	return func() int {
	v63 := v62 + 1
	return func() int {
	v64 := v63 + 1
	return func() int {
	v65 := v64 + 1
	return func() int {
	v66 := v65 + 1
	return func() int {
	v67 := v66 + 1
	return func() int {
	v68 := v67 + 1
	return func() int {
	v69 := v68 + 1
	return func() int {
	v70 := v69 + 1
	return func() int {
	v71 := v70 + 1
	return func() int {
	v72 := v71 + 1
	return func() int {
	v73 := v72 + 1
	return func() int {
	v74 := v73 + 1
	return func() int {
	v75 := v74 + 1
	return func() int {
	v76 := v75 + 1
	return func() int {
	v77 := v76 + 1
	return func() int {
	v78 := v77 + 1
	return func() int {
	v79 := v78 + 1
	return func() int {
	v80 := v79 + 1
	return func() int {
	v81 := v80 + 1
	return func() int {
	v82 := v81 + 1
	return func() int {
	v83 := v82 + 1
	return func() int {
	v84 := v83 + 1
	return func() int {
	v85 := v84 + 1
	return func() int {
	v86 := v85 + 1
	return func() int {
	v87 := v86 + 1
	return func() int {
	v88 := v87 + 1
	return func() int {
	v89 := v88 + 1
	return func() int {
	v90 := v89 + 1
	return func() int {
	v91 := v90 + 1
	return func() int {
	v92 := v91 + 1
	return func() int {
	v93 := v92 + 1
	return func() int {
	v94 := v93 + 1
	return func() int {
	v95 := v94 + 1
	return func() int {
	v96 := v95 + 1
	return func() int {
	v97 := v96 + 1
	return func() int {
	v98 := v97 + 1
	return func() int {
	v99 := v98 + 1
	return func() int {
	v100 := v99 + 1
	return func() int {
	v101 := v100 + 1
	return func() int {
	v102 := v101 + 1
	return func() int {
	v103 := v102 + 1
	return func() int {
	v104 := v103 + 1
	return func() int {
	v105 := v104 + 1
	return func() int {
	v106 := v105 + 1
	return func() int {
	v107 := v106 + 1
	return func() int {
	v108 := v107 + 1
	return func() int {
	v109 := v108 + 1
	return func() int {
	v110 := v109 + 1
	return func() int {
	v111 := v110 + 1
	return func() int {
	v112 := v111 + 1
	return func() int {
	v113 := v112 + 1
	return func() int {
	v114 := v113 + 1
	return func() int {
	v115 := v114 + 1
	return func() int {
	v116 := v115 + 1
	return func() int {
	v117 := v116 + 1
	return func() int {
	v118 := v117 + 1
	return func() int {
	v119 := v118 + 1
	return func() int {
	v120 := v119 + 1
	return func() int {
	v121 := v120 + 1
	return func() int {
	v122 := v121 + 1
	return func() int {
	v123 := v122 + 1
	return func() int {
	v124 := v123 + 1
	return func() int {
	v125 := v124 + 1
	return func() int {
	v126 := v125 + 1
	return func() int {
	v127 := v126 + 1
	return func() int {
	v128 := v127 + 1
	return func() int {
	v129 := v128 + 1
	return func() int {
	v130 := v129 + 1
	return func() int {
	v131 := v130 + 1
	return func() int {
	v132 := v131 + 1
	return func() int {
	v133 := v132 + 1
	return func() int {
	v134 := v133 + 1
	return func() int {
	v135 := v134 + 1
	return func() int {
	v136 := v135 + 1
	return func() int {
	v137 := v136 + 1
	return func() int {
	v138 := v137 + 1
	return func() int {
	v139 := v138 + 1
	return func() int {
	v140 := v139 + 1
	return func() int {
	v141 := v140 + 1
	return func() int {
	v142 := v141 + 1
	return func() int {
	v143 := v142 + 1
	return func() int {
	v144 := v143 + 1
	return func() int {
	v145 := v144 + 1
	return func() int {
	v146 := v145 + 1
	return func() int {
	v147 := v146 + 1
	return func() int {
	v148 := v147 + 1
	return func() int {
	v149 := v148 + 1
	return func() int {
	v150 := v149 + 1
	return func() int {
	v151 := v150 + 1
	return func() int {
	v152 := v151 + 1
	return func() int {
	v153 := v152 + 1
	return func() int {
	v154 := v153 + 1
	return func() int {
	v155 := v154 + 1
	return func() int {
	v156 := v155 + 1
	return func() int {
	v157 := v156 + 1
	return func() int {
	v158 := v157 + 1
	return func() int {
	v159 := v158 + 1
	return func() int {
	v160 := v159 + 1
	return func() int {
	v161 := v160 + 1
	return func() int {
	v162 := v161 + 1
	return func() int {
	v163 := v162 + 1
	return func() int {
	v164 := v163 + 1
	return func() int {
	v165 := v164 + 1
	return func() int {
	v166 := v165 + 1
	return func() int {
	v167 := v166 + 1
	return func() int {
	v168 := v167 + 1
	return func() int {
	v169 := v168 + 1
	return func() int {
	v170 := v169 + 1
	return func() int {
	v171 := v170 + 1
	return func() int {
	v172 := v171 + 1
	return func() int {
	v173 := v172 + 1
	return func() int {
	v174 := v173 + 1
	return func() int {
	v175 := v174 + 1
	return func() int {
	v176 := v175 + 1
	return func() int {
	v177 := v176 + 1
	return func() int {
	v178 := v177 + 1
	return func() int {
	v179 := v178 + 1
	return func() int {
	v180 := v179 + 1
	return func() int {
	v181 := v180 + 1
	return func() int {
	v182 := v181 + 1
	return func() int {
	v183 := v182 + 1
	return func() int {
	v184 := v183 + 1
	return func() int {
	v185 := v184 + 1
	return func() int {
	v186 := v185 + 1
	return func() int {
	v187 := v186 + 1
	return func() int {
	v188 := v187 + 1
	return func() int {
	v189 := v188 + 1
	return func() int {
	v190 := v189 + 1
	return func() int {
	v191 := v190 + 1
	return func() int {
	v192 := v191 + 1
	return func() int {
	v193 := v192 + 1
	return func() int {
	v194 := v193 + 1
	return func() int {
	v195 := v194 + 1
	return func() int {
	v196 := v195 + 1
	return func() int {
	v197 := v196 + 1
	return func() int {
	v198 := v197 + 1
	return func() int {
	v199 := v198 + 1
	return func() int {
	v200 := v199 + 1
	return func() int {
	v201 := v200 + 1
	return func() int {
	v202 := v201 + 1
	return func() int {
	v203 := v202 + 1
	return func() int {
	v204 := v203 + 1
	return func() int {
	v205 := v204 + 1
	return func() int {
	v206 := v205 + 1
	return func() int {
	v207 := v206 + 1
	return func() int {
	v208 := v207 + 1
	return func() int {
	v209 := v208 + 1
	return func() int {
	v210 := v209 + 1
	return func() int {
	v211 := v210 + 1
	return func() int {
	v212 := v211 + 1
	return func() int {
	v213 := v212 + 1
	return func() int {
	v214 := v213 + 1
	return func() int {
	v215 := v214 + 1
	return func() int {
	v216 := v215 + 1
	return func() int {
	v217 := v216 + 1
	return func() int {
	v218 := v217 + 1
	return func() int {
	v219 := v218 + 1
	return func() int {
	v220 := v219 + 1
	return func() int {
	v221 := v220 + 1
	return func() int {
	v222 := v221 + 1
	return func() int {
	v223 := v222 + 1
	return func() int {
	v224 := v223 + 1
	return func() int {
	v225 := v224 + 1
	return func() int {
	v226 := v225 + 1
	return func() int {
	v227 := v226 + 1
	return func() int {
	v228 := v227 + 1
	return func() int {
	v229 := v228 + 1
	return func() int {
	v230 := v229 + 1
	return func() int {
	v231 := v230 + 1
	return func() int {
	v232 := v231 + 1
	return func() int {
	v233 := v232 + 1
	return func() int {
	v234 := v233 + 1
	return func() int {
	v235 := v234 + 1
	return func() int {
	v236 := v235 + 1
	return func() int {
	v237 := v236 + 1
	return func() int {
	v238 := v237 + 1
	return func() int {
	v239 := v238 + 1
	return func() int {
	v240 := v239 + 1
	return func() int {
	v241 := v240 + 1
	return func() int {
	v242 := v241 + 1
	return func() int {
	v243 := v242 + 1
	return func() int {
	v244 := v243 + 1
	return func() int {
	v245 := v244 + 1
	return func() int {
	v246 := v245 + 1
	return func() int {
	v247 := v246 + 1
	return func() int {
	v248 := v247 + 1
	return func() int {
	v249 := v248 + 1
	return func() int {
	v250 := v249 + 1
	return func() int {
	v251 := v250 + 1
	return func() int {
	v252 := v251 + 1
	return func() int {
	v253 := v252 + 1
	return func() int {
	v254 := v253 + 1
	return func() int {
	v255 := v254 + 1
	return func() int {
	v256 := v255 + 1
	return func() int {
	v257 := v256 + 1
	return func() int {
	v258 := v257 + 1
	return func() int {
	v259 := v258 + 1
	return func() int {
	v260 := v259 + 1
	return func() int {
	v261 := v260 + 1
	return func() int {
	v262 := v261 + 1
	return func() int {
	v263 := v262 + 1
	return func() int {
	v264 := v263 + 1
	return func() int {
	v265 := v264 + 1
	return func() int {
	v266 := v265 + 1
	return func() int {
	v267 := v266 + 1
	return func() int {
	v268 := v267 + 1
	return func() int {
	v269 := v268 + 1
	return func() int {
	v270 := v269 + 1
	return func() int {
	v271 := v270 + 1
	return func() int {
	v272 := v271 + 1
	return func() int {
	v273 := v272 + 1
	return func() int {
	v274 := v273 + 1
	return func() int {
	v275 := v274 + 1
	return func() int {
	v276 := v275 + 1
	return func() int {
	v277 := v276 + 1
	return func() int {
	v278 := v277 + 1
	return func() int {
	v279 := v278 + 1
	return func() int {
	v280 := v279 + 1
	return func() int {
	v281 := v280 + 1
	return func() int {
	v282 := v281 + 1
	return func() int {
	v283 := v282 + 1
	return func() int {
	v284 := v283 + 1
	return func() int {
	v285 := v284 + 1
	return func() int {
	v286 := v285 + 1
	return func() int {
	v287 := v286 + 1
	return func() int {
	v288 := v287 + 1
	return func() int {
	v289 := v288 + 1
	return func() int {
	v290 := v289 + 1
	return func() int {
	v291 := v290 + 1
	return func() int {
	v292 := v291 + 1
	return func() int {
	v293 := v292 + 1
	return func() int {
	v294 := v293 + 1
	return func() int {
	v295 := v294 + 1
	return func() int {
	v296 := v295 + 1
	return func() int {
	v297 := v296 + 1
	return func() int {
	v298 := v297 + 1
	return func() int {
	v299 := v298 + 1
	return func() int {
	v300 := v299 + 1
	return func() int {
	v301 := v300 + 1
	return func() int {
	v302 := v301 + 1
	return func() int {
	v303 := v302 + 1
	return func() int {
	v304 := v303 + 1
	return func() int {
	v305 := v304 + 1
	return func() int {
	v306 := v305 + 1
	return func() int {
	v307 := v306 + 1
	return func() int {
	v308 := v307 + 1
	return func() int {
	v309 := v308 + 1
	return func() int {
	v310 := v309 + 1
	return func() int {
	v311 := v310 + 1
	return func() int {
	v312 := v311 + 1
	return func() int {
	v313 := v312 + 1
	return func() int {
	v314 := v313 + 1
	return func() int {
	v315 := v314 + 1
	return func() int {
	v316 := v315 + 1
	return func() int {
	v317 := v316 + 1
	return func() int {
	v318 := v317 + 1
	return func() int {
	v319 := v318 + 1
	return func() int {
	v320 := v319 + 1
	return func() int {
	v321 := v320 + 1
	return func() int {
	v322 := v321 + 1
	return func() int {
	v323 := v322 + 1
	return func() int {
	v324 := v323 + 1
	return func() int {
	v325 := v324 + 1
	return func() int {
	v326 := v325 + 1
	return func() int {
	v327 := v326 + 1
	return func() int {
	v328 := v327 + 1
	return func() int {
	v329 := v328 + 1
	return func() int {
	v330 := v329 + 1
	return func() int {
	v331 := v330 + 1
	return func() int {
	v332 := v331 + 1
	return func() int {
	v333 := v332 + 1
	return func() int {
	v334 := v333 + 1
	return func() int {
	v335 := v334 + 1
	return func() int {
	v336 := v335 + 1
	return func() int {
	v337 := v336 + 1
	return func() int {
	v338 := v337 + 1
	return func() int {
	v339 := v338 + 1
	return func() int {
	v340 := v339 + 1
	return func() int {
	v341 := v340 + 1
	return func() int {
	v342 := v341 + 1
	return func() int {
	v343 := v342 + 1
	return func() int {
	v344 := v343 + 1
	return func() int {
	v345 := v344 + 1
	return func() int {
	v346 := v345 + 1
	return func() int {
	v347 := v346 + 1
	return func() int {
	v348 := v347 + 1
	return func() int {
	v349 := v348 + 1
	return func() int {
	v350 := v349 + 1
	return func() int {
	v351 := v350 + 1
	return func() int {
	v352 := v351 + 1
	return func() int {
	v353 := v352 + 1
	return func() int {
	v354 := v353 + 1
	return func() int {
	v355 := v354 + 1
	return func() int {
	v356 := v355 + 1
	return func() int {
	v357 := v356 + 1
	return func() int {
	v358 := v357 + 1
	return func() int {
	v359 := v358 + 1
	return func() int {
	v360 := v359 + 1
	return func() int {
	v361 := v360 + 1
	return func() int {
	v362 := v361 + 1
	return func() int {
	v363 := v362 + 1
	return func() int {
	v364 := v363 + 1
	return func() int {
	v365 := v364 + 1
	return func() int {
	v366 := v365 + 1
	return func() int {
	v367 := v366 + 1
	return func() int {
	v368 := v367 + 1
	return func() int {
	v369 := v368 + 1
	return func() int {
	v370 := v369 + 1
	return func() int {
	v371 := v370 + 1
	return func() int {
	v372 := v371 + 1
	return func() int {
	v373 := v372 + 1
	return func() int {
	v374 := v373 + 1
	return func() int {
	v375 := v374 + 1
	return func() int {
	v376 := v375 + 1
	return func() int {
	v377 := v376 + 1
	return func() int {
	v378 := v377 + 1
	return func() int {
	v379 := v378 + 1
	return func() int {
	v380 := v379 + 1
	return func() int {
	v381 := v380 + 1
	return func() int {
	v382 := v381 + 1
	return func() int {
	v383 := v382 + 1
	return func() int {
	v384 := v383 + 1
	return func() int {
	v385 := v384 + 1
	return func() int {
	v386 := v385 + 1
	return func() int {
	v387 := v386 + 1
	return func() int {
	v388 := v387 + 1
	return func() int {
	v389 := v388 + 1
	return func() int {
	v390 := v389 + 1
	return func() int {
	v391 := v390 + 1
	return func() int {
	v392 := v391 + 1
	return func() int {
	v393 := v392 + 1
	return func() int {
	v394 := v393 + 1
	return func() int {
	v395 := v394 + 1
	return func() int {
	v396 := v395 + 1
	return func() int {
	v397 := v396 + 1
	return func() int {
	v398 := v397 + 1
	return func() int {
	v399 := v398 + 1
	return func() int {
	v400 := v399 + 1
	return func() int {
	v401 := v400 + 1
	return func() int {
	v402 := v401 + 1
	return func() int {
	v403 := v402 + 1
	return func() int {
	v404 := v403 + 1
	return func() int {
	v405 := v404 + 1
	return func() int {
	v406 := v405 + 1
	return func() int {
	v407 := v406 + 1
	return func() int {
	v408 := v407 + 1
	return func() int {
	v409 := v408 + 1
	return func() int {
	v410 := v409 + 1
	return func() int {
	v411 := v410 + 1
	return func() int {
	v412 := v411 + 1
	return func() int {
	v413 := v412 + 1
	return func() int {
	v414 := v413 + 1
	return func() int {
	v415 := v414 + 1
	return func() int {
	v416 := v415 + 1
	return func() int {
	v417 := v416 + 1
	return func() int {
	v418 := v417 + 1
	return func() int {
	v419 := v418 + 1
	return func() int {
	v420 := v419 + 1
	return func() int {
	v421 := v420 + 1
	return func() int {
	v422 := v421 + 1
	return func() int {
	v423 := v422 + 1
	return func() int {
	v424 := v423 + 1
	return func() int {
	v425 := v424 + 1
	return func() int {
	v426 := v425 + 1
	return func() int {
	v427 := v426 + 1
	return func() int {
	v428 := v427 + 1
	return func() int {
	v429 := v428 + 1
	return func() int {
	v430 := v429 + 1
	return func() int {
	v431 := v430 + 1
	return func() int {
	v432 := v431 + 1
	return func() int {
	v433 := v432 + 1
	return func() int {
	v434 := v433 + 1
	return func() int {
	v435 := v434 + 1
	return func() int {
	v436 := v435 + 1
	return func() int {
	v437 := v436 + 1
	return func() int {
	v438 := v437 + 1
	return func() int {
	v439 := v438 + 1
	return func() int {
	v440 := v439 + 1
	return func() int {
	v441 := v440 + 1
	return func() int {
	v442 := v441 + 1
	return func() int {
	v443 := v442 + 1
	return func() int {
	v444 := v443 + 1
	return func() int {
	v445 := v444 + 1
	return func() int {
	v446 := v445 + 1
	return func() int {
	v447 := v446 + 1
	return func() int {
	v448 := v447 + 1
	return func() int {
	v449 := v448 + 1
	return func() int {
	v450 := v449 + 1
	return func() int {
	v451 := v450 + 1
	return func() int {
	v452 := v451 + 1
	return func() int {
	v453 := v452 + 1
	return func() int {
	v454 := v453 + 1
	return func() int {
	v455 := v454 + 1
	return func() int {
	v456 := v455 + 1
	return func() int {
	v457 := v456 + 1
	return func() int {
	v458 := v457 + 1
	return func() int {
	v459 := v458 + 1
	return func() int {
	v460 := v459 + 1
	return func() int {
	v461 := v460 + 1
	return func() int {
	v462 := v461 + 1
	return func() int {
	v463 := v462 + 1
	return func() int {
	v464 := v463 + 1
	return func() int {
	v465 := v464 + 1
	return func() int {
	v466 := v465 + 1
	return func() int {
	v467 := v466 + 1
	return func() int {
	v468 := v467 + 1
	return func() int {
	v469 := v468 + 1
	return func() int {
	v470 := v469 + 1
	return func() int {
	v471 := v470 + 1
	return func() int {
	v472 := v471 + 1
	return func() int {
	v473 := v472 + 1
	return func() int {
	v474 := v473 + 1
	return func() int {
	v475 := v474 + 1
	return func() int {
	v476 := v475 + 1
	return func() int {
	v477 := v476 + 1
	return func() int {
	v478 := v477 + 1
	return func() int {
	v479 := v478 + 1
	return func() int {
	v480 := v479 + 1
	return func() int {
	v481 := v480 + 1
	return func() int {
	v482 := v481 + 1
	return func() int {
	v483 := v482 + 1
	return func() int {
	v484 := v483 + 1
	return func() int {
	v485 := v484 + 1
	return func() int {
	v486 := v485 + 1
	return func() int {
	v487 := v486 + 1
	return func() int {
	v488 := v487 + 1
	return func() int {
	v489 := v488 + 1
	return func() int {
	v490 := v489 + 1
	return func() int {
	v491 := v490 + 1
	return func() int {
	v492 := v491 + 1
	return func() int {
	v493 := v492 + 1
	return func() int {
	v494 := v493 + 1
	return func() int {
	v495 := v494 + 1
	return func() int {
	v496 := v495 + 1
	return func() int {
	v497 := v496 + 1
	return func() int {
	v498 := v497 + 1
	return func() int {
	v499 := v498 + 1
	return func() int {
	v500 := v499 + 1
	return func() int {
	v501 := v500 + 1
	return func() int {
	v502 := v501 + 1
	return func() int {
	v503 := v502 + 1
	return func() int {
	v504 := v503 + 1
	return func() int {
	v505 := v504 + 1
	return func() int {
	v506 := v505 + 1
	return func() int {
	v507 := v506 + 1
	return func() int {
	v508 := v507 + 1
	return func() int {
	v509 := v508 + 1
	return func() int {
	v510 := v509 + 1
	return func() int {
	v511 := v510 + 1
	return func() int {
	v512 := v511 + 1
	return func() int {
	v513 := v512 + 1
	return func() int {
	v514 := v513 + 1
	return func() int {
	v515 := v514 + 1
	return func() int {
	v516 := v515 + 1
	return func() int {
	v517 := v516 + 1
	return func() int {
	v518 := v517 + 1
	return func() int {
	v519 := v518 + 1
	return func() int {
	v520 := v519 + 1
	return func() int {
	v521 := v520 + 1
	return func() int {
	v522 := v521 + 1
	return func() int {
	v523 := v522 + 1
	return func() int {
	v524 := v523 + 1
	return func() int {
	v525 := v524 + 1
	return func() int {
	v526 := v525 + 1
	return func() int {
	v527 := v526 + 1
	return func() int {
	v528 := v527 + 1
	return func() int {
	v529 := v528 + 1
	return func() int {
	v530 := v529 + 1
	return func() int {
	v531 := v530 + 1
	return func() int {
	v532 := v531 + 1
	return func() int {
	v533 := v532 + 1
	return func() int {
	v534 := v533 + 1
	return func() int {
	v535 := v534 + 1
	return func() int {
	v536 := v535 + 1
	return func() int {
	v537 := v536 + 1
	return func() int {
	v538 := v537 + 1
	return func() int {
	v539 := v538 + 1
	return func() int {
	v540 := v539 + 1
	return func() int {
	v541 := v540 + 1
	return func() int {
	v542 := v541 + 1
	return func() int {
	v543 := v542 + 1
	return func() int {
	v544 := v543 + 1
	return func() int {
	v545 := v544 + 1
	return func() int {
	v546 := v545 + 1
	return func() int {
	v547 := v546 + 1
	return func() int {
	v548 := v547 + 1
	return func() int {
	v549 := v548 + 1
	return func() int {
	v550 := v549 + 1
	return func() int {
	v551 := v550 + 1
	return func() int {
	v552 := v551 + 1
	return func() int {
	v553 := v552 + 1
	return func() int {
	v554 := v553 + 1
	return func() int {
	v555 := v554 + 1
	return func() int {
	v556 := v555 + 1
	return func() int {
	v557 := v556 + 1
	return func() int {
	v558 := v557 + 1
	return func() int {
	v559 := v558 + 1
	return func() int {
	v560 := v559 + 1
	return func() int {
	v561 := v560 + 1
	return func() int {
	v562 := v561 + 1
	return func() int {
	v563 := v562 + 1
	return func() int {
	v564 := v563 + 1
	return func() int {
	v565 := v564 + 1
	return func() int {
	v566 := v565 + 1
	return func() int {
	v567 := v566 + 1
	return func() int {
	v568 := v567 + 1
	return func() int {
	v569 := v568 + 1
	return func() int {
	v570 := v569 + 1
	return func() int {
	v571 := v570 + 1
	return func() int {
	v572 := v571 + 1
	return func() int {
	v573 := v572 + 1
	return func() int {
	v574 := v573 + 1
	return func() int {
	v575 := v574 + 1
	return func() int {
	v576 := v575 + 1
	return func() int {
	v577 := v576 + 1
	return func() int {
	v578 := v577 + 1
	return func() int {
	v579 := v578 + 1
	return func() int {
	v580 := v579 + 1
	return func() int {
	v581 := v580 + 1
	return func() int {
	v582 := v581 + 1
	return func() int {
	v583 := v582 + 1
	return func() int {
	v584 := v583 + 1
	return func() int {
	v585 := v584 + 1
	return func() int {
	v586 := v585 + 1
	return func() int {
	v587 := v586 + 1
	return func() int {
	v588 := v587 + 1
	return func() int {
	v589 := v588 + 1
	return func() int {
	v590 := v589 + 1
	return func() int {
	v591 := v590 + 1
	return func() int {
	v592 := v591 + 1
	return func() int {
	v593 := v592 + 1
	return func() int {
	v594 := v593 + 1
	return func() int {
	v595 := v594 + 1
	return func() int {
	v596 := v595 + 1
	return func() int {
	v597 := v596 + 1
	return func() int {
	v598 := v597 + 1
	return func() int {
	v599 := v598 + 1
	return func() int {
	v600 := v599 + 1
	return func() int {
	v601 := v600 + 1
	return func() int {
	v602 := v601 + 1
	return func() int {
	v603 := v602 + 1
	return func() int {
	v604 := v603 + 1
	return func() int {
	v605 := v604 + 1
	return func() int {
	v606 := v605 + 1
	return func() int {
	v607 := v606 + 1
	return func() int {
	v608 := v607 + 1
	return func() int {
	v609 := v608 + 1
	return func() int {
	v610 := v609 + 1
	return func() int {
	v611 := v610 + 1
	return func() int {
	v612 := v611 + 1
	return func() int {
	v613 := v612 + 1
	return func() int {
	v614 := v613 + 1
	return func() int {
	v615 := v614 + 1
	return func() int {
	v616 := v615 + 1
	return func() int {
	v617 := v616 + 1
	return func() int {
	v618 := v617 + 1
	return func() int {
	v619 := v618 + 1
	return func() int {
	v620 := v619 + 1
	return func() int {
	v621 := v620 + 1
	return func() int {
	v622 := v621 + 1
	return func() int {
	v623 := v622 + 1
	return func() int {
	v624 := v623 + 1
	return func() int {
	v625 := v624 + 1
	return func() int {
	v626 := v625 + 1
	return func() int {
	v627 := v626 + 1
	return func() int {
	v628 := v627 + 1
	return func() int {
	v629 := v628 + 1
	return func() int {
	v630 := v629 + 1
	return func() int {
	v631 := v630 + 1
	return func() int {
	v632 := v631 + 1
	return func() int {
	v633 := v632 + 1
	return func() int {
	v634 := v633 + 1
	return func() int {
	v635 := v634 + 1
	return func() int {
	v636 := v635 + 1
	return func() int {
	v637 := v636 + 1
	return func() int {
	v638 := v637 + 1
	return func() int {
	v639 := v638 + 1
	return func() int {
	v640 := v639 + 1
	return func() int {
	v641 := v640 + 1
	return func() int {
	v642 := v641 + 1
	return func() int {
	v643 := v642 + 1
	return func() int {
	v644 := v643 + 1
	return func() int {
	v645 := v644 + 1
	return func() int {
	v646 := v645 + 1
	return func() int {
	v647 := v646 + 1
	return func() int {
	v648 := v647 + 1
	return func() int {
	v649 := v648 + 1
	return func() int {
	v650 := v649 + 1
	return func() int {
	v651 := v650 + 1
	return func() int {
	v652 := v651 + 1
	return func() int {
	v653 := v652 + 1
	return func() int {
	v654 := v653 + 1
	return func() int {
	v655 := v654 + 1
	return func() int {
	v656 := v655 + 1
	return func() int {
	v657 := v656 + 1
	return func() int {
	v658 := v657 + 1
	return func() int {
	v659 := v658 + 1
	return func() int {
	v660 := v659 + 1
	return func() int {
	v661 := v660 + 1
	return func() int {
	v662 := v661 + 1
	return func() int {
	v663 := v662 + 1
	return func() int {
	v664 := v663 + 1
	return func() int {
	v665 := v664 + 1
	return func() int {
	v666 := v665 + 1
	return func() int {
	v667 := v666 + 1
	return func() int {
	v668 := v667 + 1
	return func() int {
	v669 := v668 + 1
	return func() int {
	v670 := v669 + 1
	return func() int {
	v671 := v670 + 1
	return func() int {
	v672 := v671 + 1
	return func() int {
	v673 := v672 + 1
	return func() int {
	v674 := v673 + 1
	return func() int {
	v675 := v674 + 1
	return func() int {
	v676 := v675 + 1
	return func() int {
	v677 := v676 + 1
	return func() int {
	v678 := v677 + 1
	return func() int {
	v679 := v678 + 1
	return func() int {
	v680 := v679 + 1
	return func() int {
	v681 := v680 + 1
	return func() int {
	v682 := v681 + 1
	return func() int {
	v683 := v682 + 1
	return func() int {
	v684 := v683 + 1
	return func() int {
	v685 := v684 + 1
	return func() int {
	v686 := v685 + 1
	return func() int {
	v687 := v686 + 1
	return func() int {
	v688 := v687 + 1
	return func() int {
	v689 := v688 + 1
	return func() int {
	v690 := v689 + 1
	return func() int {
	v691 := v690 + 1
	return func() int {
	v692 := v691 + 1
	return func() int {
	v693 := v692 + 1
	return func() int {
	v694 := v693 + 1
	return func() int {
	v695 := v694 + 1
	return func() int {
	v696 := v695 + 1
	return func() int {
	v697 := v696 + 1
	return func() int {
	v698 := v697 + 1
	return func() int {
	v699 := v698 + 1
	return func() int {
	v700 := v699 + 1
	return func() int {
	v701 := v700 + 1
	return func() int {
	v702 := v701 + 1
	return func() int {
	v703 := v702 + 1
	return func() int {
	v704 := v703 + 1
	return func() int {
	v705 := v704 + 1
	return func() int {
	v706 := v705 + 1
	return func() int {
	v707 := v706 + 1
	return func() int {
	v708 := v707 + 1
	return func() int {
	v709 := v708 + 1
	return func() int {
	v710 := v709 + 1
	return func() int {
	v711 := v710 + 1
	return func() int {
	v712 := v711 + 1
	return func() int {
	v713 := v712 + 1
	return func() int {
	v714 := v713 + 1
	return func() int {
	v715 := v714 + 1
	return func() int {
	v716 := v715 + 1
	return func() int {
	v717 := v716 + 1
	return func() int {
	v718 := v717 + 1
	return func() int {
	v719 := v718 + 1
	return func() int {
	v720 := v719 + 1
	return func() int {
	v721 := v720 + 1
	return func() int {
	v722 := v721 + 1
	return func() int {
	v723 := v722 + 1
	return func() int {
	v724 := v723 + 1
	return func() int {
	v725 := v724 + 1
	return func() int {
	v726 := v725 + 1
	return func() int {
	v727 := v726 + 1
	return func() int {
	v728 := v727 + 1
	return func() int {
	v729 := v728 + 1
	return func() int {
	v730 := v729 + 1
	return func() int {
	v731 := v730 + 1
	return func() int {
	v732 := v731 + 1
	return func() int {
	v733 := v732 + 1
	return func() int {
	v734 := v733 + 1
	return func() int {
	v735 := v734 + 1
	return func() int {
	v736 := v735 + 1
	return func() int {
	v737 := v736 + 1
	return func() int {
	v738 := v737 + 1
	return func() int {
	v739 := v738 + 1
	return func() int {
	v740 := v739 + 1
	return func() int {
	v741 := v740 + 1
	return func() int {
	v742 := v741 + 1
	return func() int {
	v743 := v742 + 1
	return func() int {
	v744 := v743 + 1
	return func() int {
	v745 := v744 + 1
	return func() int {
	v746 := v745 + 1
	return func() int {
	v747 := v746 + 1
	return func() int {
	v748 := v747 + 1
	return func() int {
	v749 := v748 + 1
	return func() int {
	v750 := v749 + 1
	return func() int {
	v751 := v750 + 1
	return func() int {
	v752 := v751 + 1
	return func() int {
	v753 := v752 + 1
	return func() int {
	v754 := v753 + 1
	return func() int {
	v755 := v754 + 1
	return func() int {
	v756 := v755 + 1
	return func() int {
	v757 := v756 + 1
	return func() int {
	v758 := v757 + 1
	return func() int {
	v759 := v758 + 1
	return func() int {
	v760 := v759 + 1
	return func() int {
	v761 := v760 + 1
	return func() int {
	v762 := v761 + 1
	return func() int {
	v763 := v762 + 1
	return func() int {
	v764 := v763 + 1
	return func() int {
	v765 := v764 + 1
	return func() int {
	v766 := v765 + 1
	return func() int {
	v767 := v766 + 1
	return func() int {
	v768 := v767 + 1
	return func() int {
	v769 := v768 + 1
	return func() int {
	v770 := v769 + 1
	return func() int {
	v771 := v770 + 1
	return func() int {
	v772 := v771 + 1
	return func() int {
	v773 := v772 + 1
	return func() int {
	v774 := v773 + 1
	return func() int {
	v775 := v774 + 1
	return func() int {
	v776 := v775 + 1
	return func() int {
	v777 := v776 + 1
	return func() int {
	v778 := v777 + 1
	return func() int {
	v779 := v778 + 1
	return func() int {
	v780 := v779 + 1
	return func() int {
	v781 := v780 + 1
	return func() int {
	v782 := v781 + 1
	return func() int {
	v783 := v782 + 1
	return func() int {
	v784 := v783 + 1
	return func() int {
	v785 := v784 + 1
	return func() int {
	v786 := v785 + 1
	return func() int {
	v787 := v786 + 1
	return func() int {
	v788 := v787 + 1
	return func() int {
	v789 := v788 + 1
	return func() int {
	v790 := v789 + 1
	return func() int {
	v791 := v790 + 1
	return func() int {
	v792 := v791 + 1
	return func() int {
	v793 := v792 + 1
	return func() int {
	v794 := v793 + 1
	return func() int {
	v795 := v794 + 1
	return func() int {
	v796 := v795 + 1
	return func() int {
	v797 := v796 + 1
	return func() int {
	v798 := v797 + 1
	return func() int {
	v799 := v798 + 1
	return func() int {
	v800 := v799 + 1
	return func() int {
	v801 := v800 + 1
	return func() int {
	v802 := v801 + 1
	return func() int {
	v803 := v802 + 1
	return func() int {
	v804 := v803 + 1
	return func() int {
	v805 := v804 + 1
	return func() int {
	v806 := v805 + 1
	return func() int {
	v807 := v806 + 1
	return func() int {
	v808 := v807 + 1
	return func() int {
	v809 := v808 + 1
	return func() int {
	v810 := v809 + 1
	return func() int {
	v811 := v810 + 1
	return func() int {
	v812 := v811 + 1
	return func() int {
	v813 := v812 + 1
	return func() int {
	v814 := v813 + 1
	return func() int {
	v815 := v814 + 1
	return func() int {
	v816 := v815 + 1
	return func() int {
	v817 := v816 + 1
	return func() int {
	v818 := v817 + 1
	return func() int {
	v819 := v818 + 1
	return func() int {
	v820 := v819 + 1
	return func() int {
	v821 := v820 + 1
	return func() int {
	v822 := v821 + 1
	return func() int {
	v823 := v822 + 1
	return func() int {
	v824 := v823 + 1
	return func() int {
	v825 := v824 + 1
	return func() int {
	v826 := v825 + 1
	return func() int {
	v827 := v826 + 1
	return func() int {
	v828 := v827 + 1
	return func() int {
	v829 := v828 + 1
	return func() int {
	v830 := v829 + 1
	return func() int {
	v831 := v830 + 1
	return func() int {
	v832 := v831 + 1
	return func() int {
	v833 := v832 + 1
	return func() int {
	v834 := v833 + 1
	return func() int {
	v835 := v834 + 1
	return func() int {
	v836 := v835 + 1
	return func() int {
	v837 := v836 + 1
	return func() int {
	v838 := v837 + 1
	return func() int {
	v839 := v838 + 1
	return func() int {
	v840 := v839 + 1
	return func() int {
	v841 := v840 + 1
	return func() int {
	v842 := v841 + 1
	return func() int {
	v843 := v842 + 1
	return func() int {
	v844 := v843 + 1
	return func() int {
	v845 := v844 + 1
	return func() int {
	v846 := v845 + 1
	return func() int {
	v847 := v846 + 1
	return func() int {
	v848 := v847 + 1
	return func() int {
	v849 := v848 + 1
	return func() int {
	v850 := v849 + 1
	return func() int {
	v851 := v850 + 1
	return func() int {
	v852 := v851 + 1
	return func() int {
	v853 := v852 + 1
	return func() int {
	v854 := v853 + 1
	return func() int {
	v855 := v854 + 1
	return func() int {
	v856 := v855 + 1
	return func() int {
	v857 := v856 + 1
	return func() int {
	v858 := v857 + 1
	return func() int {
	v859 := v858 + 1
	return func() int {
	v860 := v859 + 1
	return func() int {
	v861 := v860 + 1
	return func() int {
	v862 := v861 + 1
	return func() int {
	v863 := v862 + 1
	return func() int {
	v864 := v863 + 1
	return func() int {
	v865 := v864 + 1
	return func() int {
	v866 := v865 + 1
	return func() int {
	v867 := v866 + 1
	return func() int {
	v868 := v867 + 1
	return func() int {
	v869 := v868 + 1
	return func() int {
	v870 := v869 + 1
	return func() int {
	v871 := v870 + 1
	return func() int {
	v872 := v871 + 1
	return func() int {
	v873 := v872 + 1
	return func() int {
	v874 := v873 + 1
	return func() int {
	v875 := v874 + 1
	return func() int {
	v876 := v875 + 1
	return func() int {
	v877 := v876 + 1
	return func() int {
	v878 := v877 + 1
	return func() int {
	v879 := v878 + 1
	return func() int {
	v880 := v879 + 1
	return func() int {
	v881 := v880 + 1
	return func() int {
	v882 := v881 + 1
	return func() int {
	v883 := v882 + 1
	return func() int {
	v884 := v883 + 1
	return func() int {
	v885 := v884 + 1
	return func() int {
	v886 := v885 + 1
	return func() int {
	v887 := v886 + 1
	return func() int {
	v888 := v887 + 1
	return func() int {
	v889 := v888 + 1
	return func() int {
	v890 := v889 + 1
	return func() int {
	v891 := v890 + 1
	return func() int {
	v892 := v891 + 1
	return func() int {
	v893 := v892 + 1
	return func() int {
	v894 := v893 + 1
	return func() int {
	v895 := v894 + 1
	return func() int {
	v896 := v895 + 1
	return func() int {
	v897 := v896 + 1
	return func() int {
	v898 := v897 + 1
	return func() int {
	v899 := v898 + 1
	return func() int {
	v900 := v899 + 1
	return func() int {
	v901 := v900 + 1
	return func() int {
	v902 := v901 + 1
	return func() int {
	v903 := v902 + 1
	return func() int {
	v904 := v903 + 1
	return func() int {
	v905 := v904 + 1
	return func() int {
	v906 := v905 + 1
	return func() int {
	v907 := v906 + 1
	return func() int {
	v908 := v907 + 1
	return func() int {
	v909 := v908 + 1
	return func() int {
	v910 := v909 + 1
	return func() int {
	v911 := v910 + 1
	return func() int {
	v912 := v911 + 1
	return func() int {
	v913 := v912 + 1
	return func() int {
	v914 := v913 + 1
	return func() int {
	v915 := v914 + 1
	return func() int {
	v916 := v915 + 1
	return func() int {
	v917 := v916 + 1
	return func() int {
	v918 := v917 + 1
	return func() int {
	v919 := v918 + 1
	return func() int {
	v920 := v919 + 1
	return func() int {
	v921 := v920 + 1
	return func() int {
	v922 := v921 + 1
	return func() int {
	v923 := v922 + 1
	return func() int {
	v924 := v923 + 1
	return func() int {
	v925 := v924 + 1
	return func() int {
	v926 := v925 + 1
	return func() int {
	v927 := v926 + 1
	return func() int {
	v928 := v927 + 1
	return func() int {
	v929 := v928 + 1
	return func() int {
	v930 := v929 + 1
	return func() int {
	v931 := v930 + 1
	return func() int {
	v932 := v931 + 1
	return func() int {
	v933 := v932 + 1
	return func() int {
	v934 := v933 + 1
	return func() int {
	v935 := v934 + 1
	return func() int {
	v936 := v935 + 1
	return func() int {
	v937 := v936 + 1
	return func() int {
	v938 := v937 + 1
	return func() int {
	v939 := v938 + 1
	return func() int {
	v940 := v939 + 1
	return func() int {
	v941 := v940 + 1
	return func() int {
	v942 := v941 + 1
	return func() int {
	v943 := v942 + 1
	return func() int {
	v944 := v943 + 1
	return func() int {
	v945 := v944 + 1
	return func() int {
	v946 := v945 + 1
	return func() int {
	v947 := v946 + 1
	return func() int {
	v948 := v947 + 1
	return func() int {
	v949 := v948 + 1
	return func() int {
	v950 := v949 + 1
	return func() int {
	v951 := v950 + 1
	return func() int {
	v952 := v951 + 1
	return func() int {
	v953 := v952 + 1
	return func() int {
	v954 := v953 + 1
	return func() int {
	v955 := v954 + 1
	return func() int {
	v956 := v955 + 1
	return func() int {
	v957 := v956 + 1
	return func() int {
	v958 := v957 + 1
	return func() int {
	v959 := v958 + 1
	return func() int {
	v960 := v959 + 1
	return func() int {
	v961 := v960 + 1
	return func() int {
	v962 := v961 + 1
	return func() int {
	v963 := v962 + 1
	return func() int {
	v964 := v963 + 1
	return func() int {
	v965 := v964 + 1
	return func() int {
	v966 := v965 + 1
	return func() int {
	v967 := v966 + 1
	return func() int {
	v968 := v967 + 1
	return func() int {
	v969 := v968 + 1
	return func() int {
	v970 := v969 + 1
	return func() int {
	v971 := v970 + 1
	return func() int {
	v972 := v971 + 1
	return func() int {
	v973 := v972 + 1
	return func() int {
	v974 := v973 + 1
	return func() int {
	v975 := v974 + 1
	return func() int {
	v976 := v975 + 1
	return func() int {
	v977 := v976 + 1
	return func() int {
	v978 := v977 + 1
	return func() int {
	v979 := v978 + 1
	return func() int {
	v980 := v979 + 1
	return func() int {
	v981 := v980 + 1
	return func() int {
	v982 := v981 + 1
	return func() int {
	v983 := v982 + 1
	return func() int {
	v984 := v983 + 1
	return func() int {
	v985 := v984 + 1
	return func() int {
	v986 := v985 + 1
	return func() int {
	v987 := v986 + 1
	return func() int {
	v988 := v987 + 1
	return func() int {
	v989 := v988 + 1
	return func() int {
	v990 := v989 + 1
	return func() int {
	v991 := v990 + 1
	return func() int {
	v992 := v991 + 1
	return func() int {
	v993 := v992 + 1
	return func() int {
	v994 := v993 + 1
	return func() int {
	v995 := v994 + 1
	return func() int {
	v996 := v995 + 1
	return func() int {
	v997 := v996 + 1
	return func() int {
	v998 := v997 + 1
	return func() int {
	v999 := v998 + 1
	return func() int {
	v1000 := v999 + 1
	return v1000
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
	fmt.Println(r)
}
