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

exports.validateOutcomeMessageAttributesRawDelivery = validate109;
const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-attributes-raw-delivery.v1.schema.json","type":"object","additionalProperties":false,"required":["message_type","schema_version","status"],"properties":{"message_type":{"type":"object","additionalProperties":false,"required":["dataType","stringValue"],"properties":{"dataType":{"const":"String"},"stringValue":{"const":"order.outcome"},"binaryValue":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/binaryValue"},"stringListValues":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/stringListValues"},"binaryListValues":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/binaryListValues"}}},"schema_version":{"type":"object","additionalProperties":false,"required":["dataType","stringValue"],"properties":{"dataType":{"const":"String"},"stringValue":{"const":"1"},"binaryValue":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/binaryValue"},"stringListValues":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/stringListValues"},"binaryListValues":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/binaryListValues"}}},"status":{"type":"object","additionalProperties":false,"required":["dataType","stringValue"],"properties":{"dataType":{"const":"String"},"stringValue":{"enum":["SUCCESS","FAILURE"]},"binaryValue":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/binaryValue"},"stringListValues":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/stringListValues"},"binaryListValues":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/binaryListValues"}}},"error_code":{"type":"object","additionalProperties":false,"required":["dataType","stringValue"],"properties":{"dataType":{"const":"String"},"stringValue":{"$ref":"outcome-common.v1.schema.json#/$defs/ErrorCode"},"binaryValue":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/binaryValue"},"stringListValues":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/stringListValues"},"binaryListValues":{"$ref":"../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties/binaryListValues"}}}}};
const schema51 = {"type":["string","null"]};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (data !== null)){
validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema51.type},message:"must be string,null"}];
return false;
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"array","items":{"type":"string"}};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(typeof data[i0] !== "string"){
validate112.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate112.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"type":"array","items":{"type":"string"}};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(typeof data[i0] !== "string"){
validate114.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate114.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"string","enum":["INVALID_JSON","BODY_TOO_LARGE","SCHEMA_VIOLATION","UNSUPPORTED_CURRENCY","DUPLICATE_SKU","TOO_MANY_ITEMS","QUANTITY_LIMIT_EXCEEDED","ORDER_TOTAL_LIMIT_EXCEEDED","SUBMITTED_IN_FUTURE","INTERNAL_ERROR"]};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate122.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate122.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data === "INVALID_JSON") || (data === "BODY_TOO_LARGE")) || (data === "SCHEMA_VIOLATION")) || (data === "UNSUPPORTED_CURRENCY")) || (data === "DUPLICATE_SKU")) || (data === "TOO_MANY_ITEMS")) || (data === "QUANTITY_LIMIT_EXCEEDED")) || (data === "ORDER_TOTAL_LIMIT_EXCEEDED")) || (data === "SUBMITTED_IN_FUTURE")) || (data === "INTERNAL_ERROR"))){
validate122.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate122.errors = vErrors;
return errors === 0;
}
validate122.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/outcome-attributes-raw-delivery.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
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
validate109.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "message_type") || (key0 === "schema_version")) || (key0 === "status")) || (key0 === "error_code"))){
validate109.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
if(((data0.dataType === undefined) && (missing1 = "dataType")) || ((data0.stringValue === undefined) && (missing1 = "stringValue"))){
validate109.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data0){
if(!(((((key1 === "dataType") || (key1 === "stringValue")) || (key1 === "binaryValue")) || (key1 === "stringListValues")) || (key1 === "binaryListValues"))){
validate109.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.dataType !== undefined){
const _errs5 = errors;
if("String" !== data0.dataType){
validate109.errors = [{instancePath:instancePath+"/message_type/dataType",schemaPath:"#/properties/message_type/properties/dataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.stringValue !== undefined){
const _errs6 = errors;
if("order.outcome" !== data0.stringValue){
validate109.errors = [{instancePath:instancePath+"/message_type/stringValue",schemaPath:"#/properties/message_type/properties/stringValue/const",keyword:"const",params:{allowedValue: "order.outcome"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.binaryValue !== undefined){
const _errs7 = errors;
if(!(validate110(data0.binaryValue, {instancePath:instancePath+"/message_type/binaryValue",parentData:data0,parentDataProperty:"binaryValue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.stringListValues !== undefined){
const _errs8 = errors;
if(!(validate112(data0.stringListValues, {instancePath:instancePath+"/message_type/stringListValues",parentData:data0,parentDataProperty:"stringListValues",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.binaryListValues !== undefined){
const _errs9 = errors;
if(!(validate114(data0.binaryListValues, {instancePath:instancePath+"/message_type/binaryListValues",parentData:data0,parentDataProperty:"binaryListValues",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
else {
validate109.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data6 = data.schema_version;
const _errs10 = errors;
if(errors === _errs10){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((data6.dataType === undefined) && (missing2 = "dataType")) || ((data6.stringValue === undefined) && (missing2 = "stringValue"))){
validate109.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key2 in data6){
if(!(((((key2 === "dataType") || (key2 === "stringValue")) || (key2 === "binaryValue")) || (key2 === "stringListValues")) || (key2 === "binaryListValues"))){
validate109.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data6.dataType !== undefined){
const _errs13 = errors;
if("String" !== data6.dataType){
validate109.errors = [{instancePath:instancePath+"/schema_version/dataType",schemaPath:"#/properties/schema_version/properties/dataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.stringValue !== undefined){
const _errs14 = errors;
if("1" !== data6.stringValue){
validate109.errors = [{instancePath:instancePath+"/schema_version/stringValue",schemaPath:"#/properties/schema_version/properties/stringValue/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.binaryValue !== undefined){
const _errs15 = errors;
if(!(validate110(data6.binaryValue, {instancePath:instancePath+"/schema_version/binaryValue",parentData:data6,parentDataProperty:"binaryValue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.stringListValues !== undefined){
const _errs16 = errors;
if(!(validate112(data6.stringListValues, {instancePath:instancePath+"/schema_version/stringListValues",parentData:data6,parentDataProperty:"stringListValues",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.binaryListValues !== undefined){
const _errs17 = errors;
if(!(validate114(data6.binaryListValues, {instancePath:instancePath+"/schema_version/binaryListValues",parentData:data6,parentDataProperty:"binaryListValues",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate109.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data12 = data.status;
const _errs18 = errors;
if(errors === _errs18){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if(((data12.dataType === undefined) && (missing3 = "dataType")) || ((data12.stringValue === undefined) && (missing3 = "stringValue"))){
validate109.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key3 in data12){
if(!(((((key3 === "dataType") || (key3 === "stringValue")) || (key3 === "binaryValue")) || (key3 === "stringListValues")) || (key3 === "binaryListValues"))){
validate109.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data12.dataType !== undefined){
const _errs21 = errors;
if("String" !== data12.dataType){
validate109.errors = [{instancePath:instancePath+"/status/dataType",schemaPath:"#/properties/status/properties/dataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data12.stringValue !== undefined){
let data14 = data12.stringValue;
const _errs22 = errors;
if(!((data14 === "SUCCESS") || (data14 === "FAILURE"))){
validate109.errors = [{instancePath:instancePath+"/status/stringValue",schemaPath:"#/properties/status/properties/stringValue/enum",keyword:"enum",params:{allowedValues: schema50.properties.status.properties.stringValue.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data12.binaryValue !== undefined){
const _errs23 = errors;
if(!(validate110(data12.binaryValue, {instancePath:instancePath+"/status/binaryValue",parentData:data12,parentDataProperty:"binaryValue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data12.stringListValues !== undefined){
const _errs24 = errors;
if(!(validate112(data12.stringListValues, {instancePath:instancePath+"/status/stringListValues",parentData:data12,parentDataProperty:"stringListValues",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data12.binaryListValues !== undefined){
const _errs25 = errors;
if(!(validate114(data12.binaryListValues, {instancePath:instancePath+"/status/binaryListValues",parentData:data12,parentDataProperty:"binaryListValues",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
else {
validate109.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_code !== undefined){
let data18 = data.error_code;
const _errs26 = errors;
if(errors === _errs26){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing4;
if(((data18.dataType === undefined) && (missing4 = "dataType")) || ((data18.stringValue === undefined) && (missing4 = "stringValue"))){
validate109.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs28 = errors;
for(const key4 in data18){
if(!(((((key4 === "dataType") || (key4 === "stringValue")) || (key4 === "binaryValue")) || (key4 === "stringListValues")) || (key4 === "binaryListValues"))){
validate109.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs28 === errors){
if(data18.dataType !== undefined){
const _errs29 = errors;
if("String" !== data18.dataType){
validate109.errors = [{instancePath:instancePath+"/error_code/dataType",schemaPath:"#/properties/error_code/properties/dataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data18.stringValue !== undefined){
const _errs30 = errors;
if(!(validate122(data18.stringValue, {instancePath:instancePath+"/error_code/stringValue",parentData:data18,parentDataProperty:"stringValue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data18.binaryValue !== undefined){
const _errs31 = errors;
if(!(validate110(data18.binaryValue, {instancePath:instancePath+"/error_code/binaryValue",parentData:data18,parentDataProperty:"binaryValue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data18.stringListValues !== undefined){
const _errs32 = errors;
if(!(validate112(data18.stringListValues, {instancePath:instancePath+"/error_code/stringListValues",parentData:data18,parentDataProperty:"stringListValues",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data18.binaryListValues !== undefined){
const _errs33 = errors;
if(!(validate114(data18.binaryListValues, {instancePath:instancePath+"/error_code/binaryListValues",parentData:data18,parentDataProperty:"binaryListValues",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var valid4 = _errs33 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate109.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs26 === errors;
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
validate109.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// Each validator is also a Standard Schema v1 object (https://standardschema.dev): validator["~standard"].validate(value).
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOutcomeMessageAttributesRawDelivery, "@order-events/contracts");
