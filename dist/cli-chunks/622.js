export const id = 622;
export const ids = [622];
export const modules = {

/***/ 6622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ EXTRAS),
/* harmony export */   parseExtras: () => (/* binding */ parseExtras)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// What `--with` (action input image-with) may add to an image's env. Pure.

const EXTRAS = { jupyter: ['jupyterlab'] };
function parseExtras(given) {
    for (const g of given)
        if (!Object.hasOwn(EXTRAS, g))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--with ${JSON.stringify(g.slice(0, 40))} is not known`, { hint: `use --with ${Object.keys(EXTRAS).join(', ')}` });
    return [...new Set(given)];
}


/***/ })

};
