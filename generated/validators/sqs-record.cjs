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
        "ajv/dist/runtime/ucs2length": require_ucs2length(),
        "./lib/validation/standard-schema": (init_standard_schema(), __toCommonJS(standard_schema_exports))
      };
    }
  });
  return require_ajv_runtime_entry();
})();

exports.validateSqsRecord = validate70;
const schema30 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sqs-record.v1.schema.json","type":"object","required":["messageId","receiptHandle","body","attributes","messageAttributes","md5OfBody","eventSource","eventSourceARN","awsRegion"],"properties":{"messageId":{"type":"string","minLength":1},"receiptHandle":{"type":"string"},"body":{"type":"string"},"attributes":{"$ref":"#/$defs/SqsRecordAttributes"},"messageAttributes":{"type":"object","additionalProperties":{"$ref":"#/$defs/SqsMessageAttribute"}},"md5OfMessageAttributes":{"type":["string","null"]},"md5OfBody":{"type":"string"},"eventSource":{"const":"aws:sqs"},"eventSourceARN":{"type":"string"},"awsRegion":{"type":"string"}},"$defs":{"SqsRecordAttributes":{"type":"object","required":["ApproximateReceiveCount","SentTimestamp","SenderId","ApproximateFirstReceiveTimestamp"],"properties":{"ApproximateReceiveCount":{"type":"string","pattern":"^[0-9]+$"},"SentTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SenderId":{"type":"string"},"ApproximateFirstReceiveTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SequenceNumber":{"type":"string"},"MessageGroupId":{"type":"string"},"MessageDeduplicationId":{"type":"string"},"AWSTraceHeader":{"type":"string"},"DeadLetterQueueSourceArn":{"type":"string"}},"additionalProperties":{"type":"string"}},"SqsMessageAttribute":{"type":"object","required":["dataType"],"properties":{"dataType":{"type":"string","pattern":"^(String|Number|Binary)(\\..+)?$"},"stringValue":{"type":"string"},"binaryValue":{"type":["string","null"]},"stringListValues":{"type":"array","items":{"type":"string"}},"binaryListValues":{"type":"array","items":{"type":"string"}}}}}};
const func1 = __ajvRuntime["ajv/dist/runtime/ucs2length"].default;
const schema31 = {"type":"object","required":["ApproximateReceiveCount","SentTimestamp","SenderId","ApproximateFirstReceiveTimestamp"],"properties":{"ApproximateReceiveCount":{"type":"string","pattern":"^[0-9]+$"},"SentTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SenderId":{"type":"string"},"ApproximateFirstReceiveTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SequenceNumber":{"type":"string"},"MessageGroupId":{"type":"string"},"MessageDeduplicationId":{"type":"string"},"AWSTraceHeader":{"type":"string"},"DeadLetterQueueSourceArn":{"type":"string"}},"additionalProperties":{"type":"string"}};
const func5 = Object.prototype.hasOwnProperty;
const pattern3 = new RegExp("^[0-9]+$", "u");

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.ApproximateReceiveCount === undefined) && (missing0 = "ApproximateReceiveCount")) || ((data.SentTimestamp === undefined) && (missing0 = "SentTimestamp"))) || ((data.SenderId === undefined) && (missing0 = "SenderId"))) || ((data.ApproximateFirstReceiveTimestamp === undefined) && (missing0 = "ApproximateFirstReceiveTimestamp"))){
validate71.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func5.call(schema31.properties, key0))){
const _errs2 = errors;
if(typeof data[key0] !== "string"){
validate71.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
if(_errs1 === errors){
if(data.ApproximateReceiveCount !== undefined){
let data1 = data.ApproximateReceiveCount;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
validate71.errors = [{instancePath:instancePath+"/ApproximateReceiveCount",schemaPath:"#/properties/ApproximateReceiveCount/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate71.errors = [{instancePath:instancePath+"/ApproximateReceiveCount",schemaPath:"#/properties/ApproximateReceiveCount/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.SentTimestamp !== undefined){
let data2 = data.SentTimestamp;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
validate71.errors = [{instancePath:instancePath+"/SentTimestamp",schemaPath:"#/properties/SentTimestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate71.errors = [{instancePath:instancePath+"/SentTimestamp",schemaPath:"#/properties/SentTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.SenderId !== undefined){
const _errs8 = errors;
if(typeof data.SenderId !== "string"){
validate71.errors = [{instancePath:instancePath+"/SenderId",schemaPath:"#/properties/SenderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.ApproximateFirstReceiveTimestamp !== undefined){
let data4 = data.ApproximateFirstReceiveTimestamp;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
validate71.errors = [{instancePath:instancePath+"/ApproximateFirstReceiveTimestamp",schemaPath:"#/properties/ApproximateFirstReceiveTimestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate71.errors = [{instancePath:instancePath+"/ApproximateFirstReceiveTimestamp",schemaPath:"#/properties/ApproximateFirstReceiveTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.SequenceNumber !== undefined){
const _errs12 = errors;
if(typeof data.SequenceNumber !== "string"){
validate71.errors = [{instancePath:instancePath+"/SequenceNumber",schemaPath:"#/properties/SequenceNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.MessageGroupId !== undefined){
const _errs14 = errors;
if(typeof data.MessageGroupId !== "string"){
validate71.errors = [{instancePath:instancePath+"/MessageGroupId",schemaPath:"#/properties/MessageGroupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.MessageDeduplicationId !== undefined){
const _errs16 = errors;
if(typeof data.MessageDeduplicationId !== "string"){
validate71.errors = [{instancePath:instancePath+"/MessageDeduplicationId",schemaPath:"#/properties/MessageDeduplicationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.AWSTraceHeader !== undefined){
const _errs18 = errors;
if(typeof data.AWSTraceHeader !== "string"){
validate71.errors = [{instancePath:instancePath+"/AWSTraceHeader",schemaPath:"#/properties/AWSTraceHeader/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.DeadLetterQueueSourceArn !== undefined){
const _errs20 = errors;
if(typeof data.DeadLetterQueueSourceArn !== "string"){
validate71.errors = [{instancePath:instancePath+"/DeadLetterQueueSourceArn",schemaPath:"#/properties/DeadLetterQueueSourceArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs20 === errors;
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
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema32 = {"type":"object","required":["dataType"],"properties":{"dataType":{"type":"string","pattern":"^(String|Number|Binary)(\\..+)?$"},"stringValue":{"type":"string"},"binaryValue":{"type":["string","null"]},"stringListValues":{"type":"array","items":{"type":"string"}},"binaryListValues":{"type":"array","items":{"type":"string"}}}};
const pattern7 = new RegExp("^(String|Number|Binary)(\\..+)?$", "u");

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.dataType === undefined) && (missing0 = "dataType")){
validate73.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.dataType !== undefined){
let data0 = data.dataType;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
validate73.errors = [{instancePath:instancePath+"/dataType",schemaPath:"#/properties/dataType/pattern",keyword:"pattern",params:{pattern: "^(String|Number|Binary)(\\..+)?$"},message:"must match pattern \""+"^(String|Number|Binary)(\\..+)?$"+"\""}];
return false;
}
}
else {
validate73.errors = [{instancePath:instancePath+"/dataType",schemaPath:"#/properties/dataType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stringValue !== undefined){
const _errs3 = errors;
if(typeof data.stringValue !== "string"){
validate73.errors = [{instancePath:instancePath+"/stringValue",schemaPath:"#/properties/stringValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.binaryValue !== undefined){
let data2 = data.binaryValue;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate73.errors = [{instancePath:instancePath+"/binaryValue",schemaPath:"#/properties/binaryValue/type",keyword:"type",params:{type: schema32.properties.binaryValue.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stringListValues !== undefined){
let data3 = data.stringListValues;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(typeof data3[i0] !== "string"){
validate73.errors = [{instancePath:instancePath+"/stringListValues/" + i0,schemaPath:"#/properties/stringListValues/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate73.errors = [{instancePath:instancePath+"/stringListValues",schemaPath:"#/properties/stringListValues/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.binaryListValues !== undefined){
let data5 = data.binaryListValues;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs13 = errors;
if(typeof data5[i1] !== "string"){
validate73.errors = [{instancePath:instancePath+"/binaryListValues/" + i1,schemaPath:"#/properties/binaryListValues/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
validate73.errors = [{instancePath:instancePath+"/binaryListValues",schemaPath:"#/properties/binaryListValues/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
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
validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":{"dataType":true,"stringValue":true,"binaryValue":true,"stringListValues":true,"binaryListValues":true},"dynamicProps":false,"dynamicItems":false};


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sqs-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.messageId === undefined) && (missing0 = "messageId")) || ((data.receiptHandle === undefined) && (missing0 = "receiptHandle"))) || ((data.body === undefined) && (missing0 = "body"))) || ((data.attributes === undefined) && (missing0 = "attributes"))) || ((data.messageAttributes === undefined) && (missing0 = "messageAttributes"))) || ((data.md5OfBody === undefined) && (missing0 = "md5OfBody"))) || ((data.eventSource === undefined) && (missing0 = "eventSource"))) || ((data.eventSourceARN === undefined) && (missing0 = "eventSourceARN"))) || ((data.awsRegion === undefined) && (missing0 = "awsRegion"))){
validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.messageId !== undefined){
let data0 = data.messageId;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate70.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate70.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.receiptHandle !== undefined){
const _errs3 = errors;
if(typeof data.receiptHandle !== "string"){
validate70.errors = [{instancePath:instancePath+"/receiptHandle",schemaPath:"#/properties/receiptHandle/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs5 = errors;
if(typeof data.body !== "string"){
validate70.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attributes !== undefined){
const _errs7 = errors;
if(!(validate71(data.attributes, {instancePath:instancePath+"/attributes",parentData:data,parentDataProperty:"attributes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageAttributes !== undefined){
let data4 = data.messageAttributes;
const _errs8 = errors;
if(errors === _errs8){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
const _errs11 = errors;
if(!(validate73(data4[key0], {instancePath:instancePath+"/messageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/messageAttributes",schemaPath:"#/properties/messageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.md5OfMessageAttributes !== undefined){
let data6 = data.md5OfMessageAttributes;
const _errs12 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate70.errors = [{instancePath:instancePath+"/md5OfMessageAttributes",schemaPath:"#/properties/md5OfMessageAttributes/type",keyword:"type",params:{type: schema30.properties.md5OfMessageAttributes.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.md5OfBody !== undefined){
const _errs14 = errors;
if(typeof data.md5OfBody !== "string"){
validate70.errors = [{instancePath:instancePath+"/md5OfBody",schemaPath:"#/properties/md5OfBody/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eventSource !== undefined){
const _errs16 = errors;
if("aws:sqs" !== data.eventSource){
validate70.errors = [{instancePath:instancePath+"/eventSource",schemaPath:"#/properties/eventSource/const",keyword:"const",params:{allowedValue: "aws:sqs"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eventSourceARN !== undefined){
const _errs17 = errors;
if(typeof data.eventSourceARN !== "string"){
validate70.errors = [{instancePath:instancePath+"/eventSourceARN",schemaPath:"#/properties/eventSourceARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.awsRegion !== undefined){
const _errs19 = errors;
if(typeof data.awsRegion !== "string"){
validate70.errors = [{instancePath:instancePath+"/awsRegion",schemaPath:"#/properties/awsRegion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
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
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":{"messageId":true,"receiptHandle":true,"body":true,"attributes":true,"messageAttributes":true,"md5OfMessageAttributes":true,"md5OfBody":true,"eventSource":true,"eventSourceARN":true,"awsRegion":true},"dynamicProps":false,"dynamicItems":false};

// Each validator is also a Standard Schema v1 object (https://standardschema.dev): validator["~standard"].validate(value).
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateSqsRecord, "@order-events/contracts");
