// DO NOT EDIT: generated from schemas/ by `npm run gen` (tools/gen/generate.ts).
// Change the JSON Schemas in schemas/ and run `npm run gen`; CI fails when this file drifts.
"use strict";
// ajv runtime helpers the validators below use, and the Standard Schema interface, bundled so the package needs no dependency.
var __ajvRuntime = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __esm = (fn, res, err) => function __init() {
    if (err) throw err[0];
    try {
      return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
    } catch (e) {
      throw err = [e], e;
    }
  };
  var __commonJS = (cb, mod) => function __require() {
    try {
      return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    } catch (e) {
      throw mod = 0, e;
    }
  };
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // lib/validation/issues.ts
  function pointerToken(token) {
    return token.replaceAll("~", "~0").replaceAll("/", "~1");
  }
  function toIssue(error) {
    const params = error.params;
    switch (error.keyword) {
      case "required":
        return {
          pointer: `${error.instancePath}/${pointerToken(String(params.missingProperty))}`,
          message: "is required"
        };
      case "additionalProperties":
        return {
          pointer: `${error.instancePath}/${pointerToken(String(params.additionalProperty))}`,
          message: "is not an allowed field"
        };
      case "enum":
        return {
          pointer: error.instancePath,
          message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
        };
      case "const":
        return {
          pointer: error.instancePath,
          message: `must be ${JSON.stringify(params.allowedValue)}`
        };
      case "pattern":
        return {
          pointer: error.instancePath,
          message: `must match the pattern ${String(params.pattern)}`
        };
      case "format":
        return { pointer: error.instancePath, message: `must be a valid ${String(params.format)}` };
      case "discriminator":
        return {
          pointer: `${error.instancePath}/${pointerToken(String(params.tag))}`,
          message: params.error === "mapping" ? "has no matching variant" : "must be a string tag"
        };
      default:
        return { pointer: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
    }
  }
  function describeIssues(issues) {
    return issues.map((i) => `${i.pointer === "" ? "(root)" : i.pointer} ${i.message}`).join("; ");
  }
  var init_issues = __esm({
    "lib/validation/issues.ts"() {
      "use strict";
    }
  });

  // lib/validation/standard-schema.ts
  var standard_schema_exports = {};
  __export(standard_schema_exports, {
    attachStandardSchema: () => attachStandardSchema,
    pathOfPointer: () => pathOfPointer,
    standardValidate: () => standardValidate
  });
  function pathOfPointer(pointer, value) {
    if (pointer === "") return [];
    const path = [];
    let node = value;
    for (const escaped of pointer.slice(1).split("/")) {
      const token = escaped.replaceAll("~1", "/").replaceAll("~0", "~");
      const index = Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : token;
      path.push(index);
      node = node !== null && typeof node === "object" ? node[index] : void 0;
    }
    return path;
  }
  function standardValidate(validator, value) {
    if (validator(value)) return { value };
    const errors = validator.errors ?? [];
    const issues = (errors.length > 0 ? errors.map(toIssue) : [{ pointer: "", message: "is invalid" }]).map((issue) => ({
      message: describeIssues([issue]),
      path: pathOfPointer(issue.pointer, value)
    }));
    return { issues };
  }
  function attachStandardSchema(validator, vendor) {
    const props = {
      version: 1,
      vendor,
      validate: (value) => standardValidate(validator, value)
    };
    Object.defineProperty(validator, "~standard", { value: Object.freeze(props) });
  }
  var init_standard_schema = __esm({
    "lib/validation/standard-schema.ts"() {
      "use strict";
      init_issues();
    }
  });

  // ajv-runtime-entry.cjs
  var require_ajv_runtime_entry = __commonJS({
    "ajv-runtime-entry.cjs"(exports, module) {
      module.exports = {
        "./lib/validation/standard-schema": (init_standard_schema(), __toCommonJS(standard_schema_exports))
      };
    }
  });
  return require_ajv_runtime_entry();
})();

exports.validateOutcomeMessageAttributes = validate130;
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-attributes.v1.schema.json","type":"object","additionalProperties":false,"required":["message_type","schema_version","status"],"properties":{"message_type":{"type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"const":"order.outcome"}}},"schema_version":{"type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"const":"1"}}},"status":{"type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"enum":["SUCCESS","FAILURE"]}}},"error_code":{"type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"$ref":"outcome-common.v1.schema.json#/$defs/ErrorCode"}}}}};
const schema48 = {"type":"string","enum":["INVALID_JSON","BODY_TOO_LARGE","SCHEMA_VIOLATION","UNSUPPORTED_CURRENCY","DUPLICATE_SKU","TOO_MANY_ITEMS","QUANTITY_LIMIT_EXCEEDED","ORDER_TOTAL_LIMIT_EXCEEDED","SUBMITTED_IN_FUTURE","INTERNAL_ERROR"]};

function validate131(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate131.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate131.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data === "INVALID_JSON") || (data === "BODY_TOO_LARGE")) || (data === "SCHEMA_VIOLATION")) || (data === "UNSUPPORTED_CURRENCY")) || (data === "DUPLICATE_SKU")) || (data === "TOO_MANY_ITEMS")) || (data === "QUANTITY_LIMIT_EXCEEDED")) || (data === "ORDER_TOTAL_LIMIT_EXCEEDED")) || (data === "SUBMITTED_IN_FUTURE")) || (data === "INTERNAL_ERROR"))){
validate131.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate131.errors = vErrors;
return errors === 0;
}
validate131.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/outcome-attributes.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate130.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.message_type === undefined) && (missing0 = "message_type")) || ((data.schema_version === undefined) && (missing0 = "schema_version"))) || ((data.status === undefined) && (missing0 = "status"))){
validate130.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "message_type") || (key0 === "schema_version")) || (key0 === "status")) || (key0 === "error_code"))){
validate130.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.message_type !== undefined){
let data0 = data.message_type;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.DataType === undefined) && (missing1 = "DataType")) || ((data0.StringValue === undefined) && (missing1 = "StringValue"))){
validate130.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data0){
if(!((key1 === "DataType") || (key1 === "StringValue"))){
validate130.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.DataType !== undefined){
const _errs5 = errors;
if("String" !== data0.DataType){
validate130.errors = [{instancePath:instancePath+"/message_type/DataType",schemaPath:"#/properties/message_type/properties/DataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.StringValue !== undefined){
const _errs6 = errors;
if("order.outcome" !== data0.StringValue){
validate130.errors = [{instancePath:instancePath+"/message_type/StringValue",schemaPath:"#/properties/message_type/properties/StringValue/const",keyword:"const",params:{allowedValue: "order.outcome"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate130.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schema_version !== undefined){
let data3 = data.schema_version;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if(((data3.DataType === undefined) && (missing2 = "DataType")) || ((data3.StringValue === undefined) && (missing2 = "StringValue"))){
validate130.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key2 in data3){
if(!((key2 === "DataType") || (key2 === "StringValue"))){
validate130.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data3.DataType !== undefined){
const _errs10 = errors;
if("String" !== data3.DataType){
validate130.errors = [{instancePath:instancePath+"/schema_version/DataType",schemaPath:"#/properties/schema_version/properties/DataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.StringValue !== undefined){
const _errs11 = errors;
if("1" !== data3.StringValue){
validate130.errors = [{instancePath:instancePath+"/schema_version/StringValue",schemaPath:"#/properties/schema_version/properties/StringValue/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate130.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data6 = data.status;
const _errs12 = errors;
if(errors === _errs12){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing3;
if(((data6.DataType === undefined) && (missing3 = "DataType")) || ((data6.StringValue === undefined) && (missing3 = "StringValue"))){
validate130.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key3 in data6){
if(!((key3 === "DataType") || (key3 === "StringValue"))){
validate130.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data6.DataType !== undefined){
const _errs15 = errors;
if("String" !== data6.DataType){
validate130.errors = [{instancePath:instancePath+"/status/DataType",schemaPath:"#/properties/status/properties/DataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.StringValue !== undefined){
let data8 = data6.StringValue;
const _errs16 = errors;
if(!((data8 === "SUCCESS") || (data8 === "FAILURE"))){
validate130.errors = [{instancePath:instancePath+"/status/StringValue",schemaPath:"#/properties/status/properties/StringValue/enum",keyword:"enum",params:{allowedValues: schema57.properties.status.properties.StringValue.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate130.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_code !== undefined){
let data9 = data.error_code;
const _errs17 = errors;
if(errors === _errs17){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing4;
if(((data9.DataType === undefined) && (missing4 = "DataType")) || ((data9.StringValue === undefined) && (missing4 = "StringValue"))){
validate130.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs19 = errors;
for(const key4 in data9){
if(!((key4 === "DataType") || (key4 === "StringValue"))){
validate130.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs19 === errors){
if(data9.DataType !== undefined){
const _errs20 = errors;
if("String" !== data9.DataType){
validate130.errors = [{instancePath:instancePath+"/error_code/DataType",schemaPath:"#/properties/error_code/properties/DataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.StringValue !== undefined){
const _errs21 = errors;
if(!(validate131(data9.StringValue, {instancePath:instancePath+"/error_code/StringValue",parentData:data9,parentDataProperty:"StringValue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate130.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate130.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate130.errors = vErrors;
return errors === 0;
}
validate130.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// Each validator is also a Standard Schema v1 object (https://standardschema.dev): validator["~standard"].validate(value).
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOutcomeMessageAttributes, "@order-events/contracts");
