import{m as e,n as t,p as n,t as r}from"./zod-CEiISBBO.js";function i(t){return e(r,t)}function a(e){return n(t,e)}export{i as n,a as t};
//# sourceMappingURL=coerce-WgSZFys2.js.map