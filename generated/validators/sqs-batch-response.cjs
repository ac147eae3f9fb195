// DO NOT EDIT: generated from schemas/ by `npm run gen` (tools/gen/generate.ts).
// Change the JSON Schemas in schemas/ and run `npm run gen`; CI fails when this file drifts.
"use strict";
// ajv runtime helpers the validators below use, bundled so the package needs no dependency.
var __ajvRuntime = (() => {
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __commonJS = (cb, mod) => function __require() {
    try {
      return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    } catch (e) {
      throw mod = 0, e;
    }
  };

  // node_modules/ajv/dist/runtime/ucs2length.js
  var require_ucs2length = __commonJS({
    "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      function ucs2length(str) {
        const len = str.length;
        let length = 0;
        let pos = 0;
        let value;
        while (pos < len) {
          length++;
          value = str.charCodeAt(pos++);
          if (value >= 55296 && value <= 56319 && pos < len) {
            value = str.charCodeAt(pos);
            if ((value & 64512) === 56320)
              pos++;
          }
        }
        return length;
      }
      exports.default = ucs2length;
      ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
    }
  });

  // ajv-runtime-entry.cjs
  var require_ajv_runtime_entry = __commonJS({
    "ajv-runtime-entry.cjs"(exports, module) {
      module.exports = {
        "ajv/dist/runtime/ucs2length": require_ucs2length()
      };
    }
  });
  return require_ajv_runtime_entry();
})();

exports.validateSqsBatchResponse = validate68;
const schema28 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sqs-batch-response.v1.schema.json","type":"object","required":["batchItemFailures"],"properties":{"batchItemFailures":{"type":"array","items":{"type":"object","required":["itemIdentifier"],"additionalProperties":false,"properties":{"itemIdentifier":{"type":"string","minLength":1}}}}}};
const func1 = __ajvRuntime["ajv/dist/runtime/ucs2length"].default;

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sqs-batch-response.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.batchItemFailures === undefined) && (missing0 = "batchItemFailures")){
validate68.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.batchItemFailures !== undefined){
let data0 = data.batchItemFailures;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.itemIdentifier === undefined) && (missing1 = "itemIdentifier")){
validate68.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0,schemaPath:"#/properties/batchItemFailures/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key0 in data1){
if(!(key0 === "itemIdentifier")){
validate68.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0,schemaPath:"#/properties/batchItemFailures/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data1.itemIdentifier !== undefined){
let data2 = data1.itemIdentifier;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate68.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0+"/itemIdentifier",schemaPath:"#/properties/batchItemFailures/items/properties/itemIdentifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate68.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0+"/itemIdentifier",schemaPath:"#/properties/batchItemFailures/items/properties/itemIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0,schemaPath:"#/properties/batchItemFailures/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/batchItemFailures",schemaPath:"#/properties/batchItemFailures/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"batchItemFailures":true},"dynamicProps":false,"dynamicItems":false};

