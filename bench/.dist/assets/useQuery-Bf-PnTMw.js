import{a as e,t}from"./useBaseQuery-Z4xpB3Ee.js";function n(n,r){return t(n,e,r)}export{n as t};
//# sourceMappingURL=useQuery-Bf-PnTMw.js.map