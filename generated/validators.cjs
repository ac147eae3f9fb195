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

  // node_modules/ajv-formats/dist/formats.js
  var require_formats = __commonJS({
    "node_modules/ajv-formats/dist/formats.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
      exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
      function fmtDef(validate, compare) {
        return { validate, compare };
      }
      exports.fullFormats = {
        // date: http://tools.ietf.org/html/rfc3339#section-5.6
        date: fmtDef(date, compareDate),
        // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
        time: fmtDef(getTime(true), compareTime),
        "date-time": fmtDef(getDateTime(true), compareDateTime),
        "iso-time": fmtDef(getTime(), compareIsoTime),
        "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
        // duration: https://tools.ietf.org/html/rfc3339#appendix-A
        duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
        uri,
        "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
        // uri-template: https://tools.ietf.org/html/rfc6570
        "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
        // For the source: https://gist.github.com/dperini/729294
        // For test cases: https://mathiasbynens.be/demo/url-regex
        url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
        email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
        hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
        // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
        ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
        ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
        regex,
        // uuid: http://tools.ietf.org/html/rfc4122
        uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
        // JSON-pointer: https://tools.ietf.org/html/rfc6901
        // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
        "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
        "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
        // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
        "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
        // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
        // byte: https://github.com/miguelmota/is-base64
        byte,
        // signed 32 bit integer
        int32: { type: "number", validate: validateInt32 },
        // signed 64 bit integer
        int64: { type: "number", validate: validateInt64 },
        // C-type float
        float: { type: "number", validate: validateNumber },
        // C-type double
        double: { type: "number", validate: validateNumber },
        // hint to the UI to hide input strings
        password: true,
        // unchecked string payload
        binary: true
      };
      exports.fastFormats = {
        ...exports.fullFormats,
        date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
        time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
        "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
        "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
        "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
        // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
        uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
        "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
        // email (sources from jsen validator):
        // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
        // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
        email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
      };
      exports.formatNames = Object.keys(exports.fullFormats);
      function isLeapYear(year) {
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      }
      var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
      var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      function date(str) {
        const matches = DATE.exec(str);
        if (!matches)
          return false;
        const year = +matches[1];
        const month = +matches[2];
        const day = +matches[3];
        return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
      }
      function compareDate(d1, d2) {
        if (!(d1 && d2))
          return void 0;
        if (d1 > d2)
          return 1;
        if (d1 < d2)
          return -1;
        return 0;
      }
      var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
      function getTime(strictTimeZone) {
        return function time(str) {
          const matches = TIME.exec(str);
          if (!matches)
            return false;
          const hr = +matches[1];
          const min = +matches[2];
          const sec = +matches[3];
          const tz = matches[4];
          const tzSign = matches[5] === "-" ? -1 : 1;
          const tzH = +(matches[6] || 0);
          const tzM = +(matches[7] || 0);
          if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
            return false;
          if (hr <= 23 && min <= 59 && sec < 60)
            return true;
          const utcMin = min - tzM * tzSign;
          const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
          return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
        };
      }
      function compareTime(s1, s2) {
        if (!(s1 && s2))
          return void 0;
        const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
        const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
        if (!(t1 && t2))
          return void 0;
        return t1 - t2;
      }
      function compareIsoTime(t1, t2) {
        if (!(t1 && t2))
          return void 0;
        const a1 = TIME.exec(t1);
        const a2 = TIME.exec(t2);
        if (!(a1 && a2))
          return void 0;
        t1 = a1[1] + a1[2] + a1[3];
        t2 = a2[1] + a2[2] + a2[3];
        if (t1 > t2)
          return 1;
        if (t1 < t2)
          return -1;
        return 0;
      }
      var DATE_TIME_SEPARATOR = /t|\s/i;
      function getDateTime(strictTimeZone) {
        const time = getTime(strictTimeZone);
        return function date_time(str) {
          const dateTime = str.split(DATE_TIME_SEPARATOR);
          return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
        };
      }
      function compareDateTime(dt1, dt2) {
        if (!(dt1 && dt2))
          return void 0;
        const d1 = new Date(dt1).valueOf();
        const d2 = new Date(dt2).valueOf();
        if (!(d1 && d2))
          return void 0;
        return d1 - d2;
      }
      function compareIsoDateTime(dt1, dt2) {
        if (!(dt1 && dt2))
          return void 0;
        const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
        const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
        const res = compareDate(d1, d2);
        if (res === void 0)
          return void 0;
        return res || compareTime(t1, t2);
      }
      var NOT_URI_FRAGMENT = /\/|:/;
      var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
      function uri(str) {
        return NOT_URI_FRAGMENT.test(str) && URI.test(str);
      }
      var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
      function byte(str) {
        BYTE.lastIndex = 0;
        return BYTE.test(str);
      }
      var MIN_INT32 = -(2 ** 31);
      var MAX_INT32 = 2 ** 31 - 1;
      function validateInt32(value) {
        return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
      }
      function validateInt64(value) {
        return Number.isInteger(value);
      }
      function validateNumber() {
        return true;
      }
      var Z_ANCHOR = /[^\\]\\Z/;
      function regex(str) {
        if (Z_ANCHOR.test(str))
          return false;
        try {
          new RegExp(str);
          return true;
        } catch (e) {
          return false;
        }
      }
    }
  });

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
        "ajv-formats/dist/formats": require_formats(),
        "ajv/dist/runtime/ucs2length": require_ucs2length(),
        "./lib/validation/standard-schema": (init_standard_schema(), __toCommonJS(standard_schema_exports))
      };
    }
  });
  return require_ajv_runtime_entry();
})();

exports.validateLambdaDestinationRecord = validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/lambda-destination-record.v1.schema.json","oneOf":[{"$ref":"#/$defs/LambdaSuccessDestinationRecord"},{"$ref":"#/$defs/LambdaFailureDestinationRecord"}],"$defs":{"LambdaSuccessDestinationRecord":{"type":"object","required":["version","timestamp","requestContext"],"properties":{"version":{"type":"string"},"timestamp":{"type":"string","format":"date-time"},"requestContext":{"$ref":"#/$defs/LambdaSuccessRequestContext"},"requestPayload":{},"responseContext":{"$ref":"#/$defs/DestinationResponseContext"},"responsePayload":{}}},"LambdaFailureDestinationRecord":{"type":"object","required":["version","timestamp","requestContext"],"properties":{"version":{"type":"string"},"timestamp":{"type":"string","format":"date-time"},"requestContext":{"$ref":"#/$defs/LambdaFailureRequestContext"},"requestPayload":{},"responseContext":{"$ref":"#/$defs/DestinationResponseContext"},"responsePayload":{}}},"LambdaSuccessRequestContext":{"type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"type":"string","minLength":1,"const":"Success"},"approximateInvokeCount":{"type":"integer","minimum":1}}},"LambdaFailureRequestContext":{"type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"type":"string","minLength":1,"not":{"const":"Success"}},"approximateInvokeCount":{"type":"integer","minimum":1}}},"DestinationCondition":{"type":"string","minLength":1},"DestinationRequestContext":{"type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"$ref":"#/$defs/DestinationCondition"},"approximateInvokeCount":{"type":"integer","minimum":1}}},"DestinationResponseContext":{"type":"object","required":["statusCode","executedVersion"],"properties":{"statusCode":{"type":"integer"},"executedVersion":{"type":"string"},"functionError":{"type":"string"}}},"LambdaErrorPayload":{"type":"object","required":["errorMessage"],"properties":{"errorType":{"type":"string"},"errorMessage":{"type":"string"},"stackTrace":{"type":"array","items":{"type":"string"}},"trace":{"type":"array","items":{"type":"string"}},"requestId":{"type":"string"}}}}};
const schema20 = {"type":"object","required":["version","timestamp","requestContext"],"properties":{"version":{"type":"string"},"timestamp":{"type":"string","format":"date-time"},"requestContext":{"$ref":"#/$defs/LambdaSuccessRequestContext"},"requestPayload":{},"responseContext":{"$ref":"#/$defs/DestinationResponseContext"},"responsePayload":{}}};
const formats0 = __ajvRuntime["ajv-formats/dist/formats"].fullFormats["date-time"];
const schema21 = {"type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"type":"string","minLength":1,"const":"Success"},"approximateInvokeCount":{"type":"integer","minimum":1}}};
const func1 = __ajvRuntime["ajv/dist/runtime/ucs2length"].default;

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.requestId === undefined) && (missing0 = "requestId")) || ((data.functionArn === undefined) && (missing0 = "functionArn"))) || ((data.condition === undefined) && (missing0 = "condition"))) || ((data.approximateInvokeCount === undefined) && (missing0 = "approximateInvokeCount"))){
validate54.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.requestId !== undefined){
const _errs1 = errors;
if(typeof data.requestId !== "string"){
validate54.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functionArn !== undefined){
const _errs3 = errors;
if(typeof data.functionArn !== "string"){
validate54.errors = [{instancePath:instancePath+"/functionArn",schemaPath:"#/properties/functionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.condition !== undefined){
let data2 = data.condition;
const _errs5 = errors;
if("Success" !== data2){
validate54.errors = [{instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/const",keyword:"const",params:{allowedValue: "Success"},message:"must be equal to constant"}];
return false;
}
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate54.errors = [{instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.approximateInvokeCount !== undefined){
let data3 = data.approximateInvokeCount;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate54.errors = [{instancePath:instancePath+"/approximateInvokeCount",schemaPath:"#/properties/approximateInvokeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate54.errors = [{instancePath:instancePath+"/approximateInvokeCount",schemaPath:"#/properties/approximateInvokeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"requestId":true,"functionArn":true,"condition":true,"approximateInvokeCount":true},"dynamicProps":false,"dynamicItems":false};

const schema22 = {"type":"object","required":["statusCode","executedVersion"],"properties":{"statusCode":{"type":"integer"},"executedVersion":{"type":"string"},"functionError":{"type":"string"}}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.statusCode === undefined) && (missing0 = "statusCode")) || ((data.executedVersion === undefined) && (missing0 = "executedVersion"))){
validate56.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.statusCode !== undefined){
let data0 = data.statusCode;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate56.errors = [{instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executedVersion !== undefined){
const _errs3 = errors;
if(typeof data.executedVersion !== "string"){
validate56.errors = [{instancePath:instancePath+"/executedVersion",schemaPath:"#/properties/executedVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functionError !== undefined){
const _errs5 = errors;
if(typeof data.functionError !== "string"){
validate56.errors = [{instancePath:instancePath+"/functionError",schemaPath:"#/properties/functionError/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"statusCode":true,"executedVersion":true,"functionError":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.version === undefined) && (missing0 = "version")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.requestContext === undefined) && (missing0 = "requestContext"))){
validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.version !== undefined){
const _errs1 = errors;
if(typeof data.version !== "string"){
validate53.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
validate53.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate53.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestContext !== undefined){
const _errs5 = errors;
if(!(validate54(data.requestContext, {instancePath:instancePath+"/requestContext",parentData:data,parentDataProperty:"requestContext",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseContext !== undefined){
const _errs6 = errors;
if(!(validate56(data.responseContext, {instancePath:instancePath+"/responseContext",parentData:data,parentDataProperty:"responseContext",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"version":true,"timestamp":true,"requestContext":true,"requestPayload":true,"responseContext":true,"responsePayload":true},"dynamicProps":false,"dynamicItems":false};

const schema23 = {"type":"object","required":["version","timestamp","requestContext"],"properties":{"version":{"type":"string"},"timestamp":{"type":"string","format":"date-time"},"requestContext":{"$ref":"#/$defs/LambdaFailureRequestContext"},"requestPayload":{},"responseContext":{"$ref":"#/$defs/DestinationResponseContext"},"responsePayload":{}}};
const schema24 = {"type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"type":"string","minLength":1,"not":{"const":"Success"}},"approximateInvokeCount":{"type":"integer","minimum":1}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.requestId === undefined) && (missing0 = "requestId")) || ((data.functionArn === undefined) && (missing0 = "functionArn"))) || ((data.condition === undefined) && (missing0 = "condition"))) || ((data.approximateInvokeCount === undefined) && (missing0 = "approximateInvokeCount"))){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.requestId !== undefined){
const _errs1 = errors;
if(typeof data.requestId !== "string"){
validate60.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functionArn !== undefined){
const _errs3 = errors;
if(typeof data.functionArn !== "string"){
validate60.errors = [{instancePath:instancePath+"/functionArn",schemaPath:"#/properties/functionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.condition !== undefined){
let data2 = data.condition;
const _errs5 = errors;
const _errs7 = errors;
const _errs8 = errors;
if("Success" !== data2){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid1 = _errs8 === errors;
if(valid1){
validate60.errors = [{instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate60.errors = [{instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.approximateInvokeCount !== undefined){
let data3 = data.approximateInvokeCount;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate60.errors = [{instancePath:instancePath+"/approximateInvokeCount",schemaPath:"#/properties/approximateInvokeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate60.errors = [{instancePath:instancePath+"/approximateInvokeCount",schemaPath:"#/properties/approximateInvokeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"requestId":true,"functionArn":true,"condition":true,"approximateInvokeCount":true},"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.version === undefined) && (missing0 = "version")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.requestContext === undefined) && (missing0 = "requestContext"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.version !== undefined){
const _errs1 = errors;
if(typeof data.version !== "string"){
validate59.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
validate59.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestContext !== undefined){
const _errs5 = errors;
if(!(validate60(data.requestContext, {instancePath:instancePath+"/requestContext",parentData:data,parentDataProperty:"requestContext",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseContext !== undefined){
const _errs6 = errors;
if(!(validate56(data.responseContext, {instancePath:instancePath+"/responseContext",parentData:data,parentDataProperty:"responseContext",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"version":true,"timestamp":true,"requestContext":true,"requestPayload":true,"responseContext":true,"responsePayload":true},"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/lambda-destination-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.version = true;
props0.timestamp = true;
props0.requestContext = true;
props0.requestPayload = true;
props0.responseContext = true;
props0.responsePayload = true;
}
const _errs2 = errors;
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.version = true;
props0.timestamp = true;
props0.requestContext = true;
props0.requestPayload = true;
props0.responseContext = true;
props0.responsePayload = true;
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate52.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate52.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.validateSnsConfirmation = validate64;
const schema25 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sns-confirmation.v1.schema.json","type":"object","required":["Type","MessageId","TopicArn","Message","Timestamp","SubscribeURL","Token"],"properties":{"Type":{"enum":["SubscriptionConfirmation","UnsubscribeConfirmation"]},"MessageId":{"type":"string"},"Token":{"type":"string"},"TopicArn":{"type":"string"},"Message":{"type":"string"},"SubscribeURL":{"type":"string"},"Timestamp":{"type":"string","format":"date-time"},"SignatureVersion":{"type":"string"},"Signature":{"type":"string"},"SigningCertURL":{"type":"string"}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sns-confirmation.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.Type === undefined) && (missing0 = "Type")) || ((data.MessageId === undefined) && (missing0 = "MessageId"))) || ((data.TopicArn === undefined) && (missing0 = "TopicArn"))) || ((data.Message === undefined) && (missing0 = "Message"))) || ((data.Timestamp === undefined) && (missing0 = "Timestamp"))) || ((data.SubscribeURL === undefined) && (missing0 = "SubscribeURL"))) || ((data.Token === undefined) && (missing0 = "Token"))){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Type !== undefined){
let data0 = data.Type;
const _errs1 = errors;
if(!((data0 === "SubscriptionConfirmation") || (data0 === "UnsubscribeConfirmation"))){
validate64.errors = [{instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/enum",keyword:"enum",params:{allowedValues: schema25.properties.Type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MessageId !== undefined){
const _errs2 = errors;
if(typeof data.MessageId !== "string"){
validate64.errors = [{instancePath:instancePath+"/MessageId",schemaPath:"#/properties/MessageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Token !== undefined){
const _errs4 = errors;
if(typeof data.Token !== "string"){
validate64.errors = [{instancePath:instancePath+"/Token",schemaPath:"#/properties/Token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TopicArn !== undefined){
const _errs6 = errors;
if(typeof data.TopicArn !== "string"){
validate64.errors = [{instancePath:instancePath+"/TopicArn",schemaPath:"#/properties/TopicArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Message !== undefined){
const _errs8 = errors;
if(typeof data.Message !== "string"){
validate64.errors = [{instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SubscribeURL !== undefined){
const _errs10 = errors;
if(typeof data.SubscribeURL !== "string"){
validate64.errors = [{instancePath:instancePath+"/SubscribeURL",schemaPath:"#/properties/SubscribeURL/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Timestamp !== undefined){
let data6 = data.Timestamp;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
validate64.errors = [{instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate64.errors = [{instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SignatureVersion !== undefined){
const _errs14 = errors;
if(typeof data.SignatureVersion !== "string"){
validate64.errors = [{instancePath:instancePath+"/SignatureVersion",schemaPath:"#/properties/SignatureVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Signature !== undefined){
const _errs16 = errors;
if(typeof data.Signature !== "string"){
validate64.errors = [{instancePath:instancePath+"/Signature",schemaPath:"#/properties/Signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SigningCertURL !== undefined){
const _errs18 = errors;
if(typeof data.SigningCertURL !== "string"){
validate64.errors = [{instancePath:instancePath+"/SigningCertURL",schemaPath:"#/properties/SigningCertURL/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
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
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"Type":true,"MessageId":true,"Token":true,"TopicArn":true,"Message":true,"SubscribeURL":true,"Timestamp":true,"SignatureVersion":true,"Signature":true,"SigningCertURL":true},"dynamicProps":false,"dynamicItems":false};

exports.validateSnsNotification = validate65;
const schema26 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sns-notification.v1.schema.json","type":"object","required":["Type","MessageId","TopicArn","Message","Timestamp"],"properties":{"Type":{"const":"Notification"},"MessageId":{"type":"string"},"TopicArn":{"type":"string"},"Subject":{"type":["string","null"]},"Message":{"type":"string"},"Timestamp":{"type":"string","format":"date-time"},"SequenceNumber":{"type":"string"},"SignatureVersion":{"type":"string","pattern":"^[0-9]+$"},"Signature":{"type":"string"},"SigningCertURL":{"type":"string"},"UnsubscribeURL":{"type":"string"},"MessageAttributes":{"type":"object","additionalProperties":{"$ref":"#/$defs/SnsEnvelopeAttribute"}}},"$defs":{"SnsEnvelopeAttribute":{"type":"object","required":["Type","Value"],"properties":{"Type":{"enum":["String","String.Array","Number","Binary"]},"Value":{"type":"string"}}}}};
const pattern3 = new RegExp("^[0-9]+$", "u");
const schema27 = {"type":"object","required":["Type","Value"],"properties":{"Type":{"enum":["String","String.Array","Number","Binary"]},"Value":{"type":"string"}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.Type === undefined) && (missing0 = "Type")) || ((data.Value === undefined) && (missing0 = "Value"))){
validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Type !== undefined){
let data0 = data.Type;
const _errs1 = errors;
if(!((((data0 === "String") || (data0 === "String.Array")) || (data0 === "Number")) || (data0 === "Binary"))){
validate66.errors = [{instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/enum",keyword:"enum",params:{allowedValues: schema27.properties.Type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Value !== undefined){
const _errs2 = errors;
if(typeof data.Value !== "string"){
validate66.errors = [{instancePath:instancePath+"/Value",schemaPath:"#/properties/Value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":{"Type":true,"Value":true},"dynamicProps":false,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sns-notification.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.Type === undefined) && (missing0 = "Type")) || ((data.MessageId === undefined) && (missing0 = "MessageId"))) || ((data.TopicArn === undefined) && (missing0 = "TopicArn"))) || ((data.Message === undefined) && (missing0 = "Message"))) || ((data.Timestamp === undefined) && (missing0 = "Timestamp"))){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Type !== undefined){
const _errs1 = errors;
if("Notification" !== data.Type){
validate65.errors = [{instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Notification"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MessageId !== undefined){
const _errs2 = errors;
if(typeof data.MessageId !== "string"){
validate65.errors = [{instancePath:instancePath+"/MessageId",schemaPath:"#/properties/MessageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TopicArn !== undefined){
const _errs4 = errors;
if(typeof data.TopicArn !== "string"){
validate65.errors = [{instancePath:instancePath+"/TopicArn",schemaPath:"#/properties/TopicArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Subject !== undefined){
let data3 = data.Subject;
const _errs6 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate65.errors = [{instancePath:instancePath+"/Subject",schemaPath:"#/properties/Subject/type",keyword:"type",params:{type: schema26.properties.Subject.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Message !== undefined){
const _errs8 = errors;
if(typeof data.Message !== "string"){
validate65.errors = [{instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Timestamp !== undefined){
let data5 = data.Timestamp;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
validate65.errors = [{instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SequenceNumber !== undefined){
const _errs12 = errors;
if(typeof data.SequenceNumber !== "string"){
validate65.errors = [{instancePath:instancePath+"/SequenceNumber",schemaPath:"#/properties/SequenceNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SignatureVersion !== undefined){
let data7 = data.SignatureVersion;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data7 === "string"){
if(!pattern3.test(data7)){
validate65.errors = [{instancePath:instancePath+"/SignatureVersion",schemaPath:"#/properties/SignatureVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/SignatureVersion",schemaPath:"#/properties/SignatureVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Signature !== undefined){
const _errs16 = errors;
if(typeof data.Signature !== "string"){
validate65.errors = [{instancePath:instancePath+"/Signature",schemaPath:"#/properties/Signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SigningCertURL !== undefined){
const _errs18 = errors;
if(typeof data.SigningCertURL !== "string"){
validate65.errors = [{instancePath:instancePath+"/SigningCertURL",schemaPath:"#/properties/SigningCertURL/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.UnsubscribeURL !== undefined){
const _errs20 = errors;
if(typeof data.UnsubscribeURL !== "string"){
validate65.errors = [{instancePath:instancePath+"/UnsubscribeURL",schemaPath:"#/properties/UnsubscribeURL/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MessageAttributes !== undefined){
let data11 = data.MessageAttributes;
const _errs22 = errors;
if(errors === _errs22){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key0 in data11){
const _errs25 = errors;
if(!(validate66(data11[key0], {instancePath:instancePath+"/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data11,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid1 = _errs25 === errors;
if(!valid1){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/MessageAttributes",schemaPath:"#/properties/MessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
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
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":{"Type":true,"MessageId":true,"TopicArn":true,"Subject":true,"Message":true,"Timestamp":true,"SequenceNumber":true,"SignatureVersion":true,"Signature":true,"SigningCertURL":true,"UnsubscribeURL":true,"MessageAttributes":true},"dynamicProps":false,"dynamicItems":false};

exports.validateSqsBatchResponse = validate68;
const schema28 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sqs-batch-response.v1.schema.json","type":"object","required":["batchItemFailures"],"properties":{"batchItemFailures":{"type":"array","items":{"type":"object","required":["itemIdentifier"],"additionalProperties":false,"properties":{"itemIdentifier":{"type":"string","minLength":1}}}}}};

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

exports.validateSqsEvent = validate69;
const schema29 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sqs-event.v1.schema.json","type":"object","required":["Records"],"properties":{"Records":{"type":"array","minItems":1,"maxItems":10000,"items":{"$ref":"sqs-record.v1.schema.json"}}}};
const schema30 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sqs-record.v1.schema.json","type":"object","required":["messageId","receiptHandle","body","attributes","messageAttributes","md5OfBody","eventSource","eventSourceARN","awsRegion"],"properties":{"messageId":{"type":"string","minLength":1},"receiptHandle":{"type":"string"},"body":{"type":"string"},"attributes":{"$ref":"#/$defs/SqsRecordAttributes"},"messageAttributes":{"type":"object","additionalProperties":{"$ref":"#/$defs/SqsMessageAttribute"}},"md5OfMessageAttributes":{"type":["string","null"]},"md5OfBody":{"type":"string"},"eventSource":{"const":"aws:sqs"},"eventSourceARN":{"type":"string"},"awsRegion":{"type":"string"}},"$defs":{"SqsRecordAttributes":{"type":"object","required":["ApproximateReceiveCount","SentTimestamp","SenderId","ApproximateFirstReceiveTimestamp"],"properties":{"ApproximateReceiveCount":{"type":"string","pattern":"^[0-9]+$"},"SentTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SenderId":{"type":"string"},"ApproximateFirstReceiveTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SequenceNumber":{"type":"string"},"MessageGroupId":{"type":"string"},"MessageDeduplicationId":{"type":"string"},"AWSTraceHeader":{"type":"string"},"DeadLetterQueueSourceArn":{"type":"string"}},"additionalProperties":{"type":"string"}},"SqsMessageAttribute":{"type":"object","required":["dataType"],"properties":{"dataType":{"type":"string","pattern":"^(String|Number|Binary)(\\..+)?$"},"stringValue":{"type":"string"},"binaryValue":{"type":["string","null"]},"stringListValues":{"type":"array","items":{"type":"string"}},"binaryListValues":{"type":"array","items":{"type":"string"}}}}}};
const schema31 = {"type":"object","required":["ApproximateReceiveCount","SentTimestamp","SenderId","ApproximateFirstReceiveTimestamp"],"properties":{"ApproximateReceiveCount":{"type":"string","pattern":"^[0-9]+$"},"SentTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SenderId":{"type":"string"},"ApproximateFirstReceiveTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SequenceNumber":{"type":"string"},"MessageGroupId":{"type":"string"},"MessageDeduplicationId":{"type":"string"},"AWSTraceHeader":{"type":"string"},"DeadLetterQueueSourceArn":{"type":"string"}},"additionalProperties":{"type":"string"}};
const func5 = Object.prototype.hasOwnProperty;

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


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sqs-event.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Records === undefined) && (missing0 = "Records")){
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Records !== undefined){
let data0 = data.Records;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length > 10000){
validate69.errors = [{instancePath:instancePath+"/Records",schemaPath:"#/properties/Records/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
if(data0.length < 1){
validate69.errors = [{instancePath:instancePath+"/Records",schemaPath:"#/properties/Records/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate70(data0[i0], {instancePath:instancePath+"/Records/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/Records",schemaPath:"#/properties/Records/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"Records":true},"dynamicProps":false,"dynamicItems":false};

exports.validateSqsRecord = validate70;

exports.validateOrderFailureDestinationRecord = validate76;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/destination/order-failure-destination-record.v1.schema.json","type":"object","required":["version","timestamp","requestContext"],"properties":{"version":{"type":"string"},"timestamp":{"type":"string","format":"date-time"},"requestContext":{"type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"type":"string","minLength":1,"not":{"const":"Success"}},"approximateInvokeCount":{"type":"integer","minimum":1}}},"requestPayload":{},"responseContext":{"$ref":"../aws/lambda-destination-record.v1.schema.json#/$defs/DestinationResponseContext"},"responsePayload":{"$ref":"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload"}}};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.statusCode === undefined) && (missing0 = "statusCode")) || ((data.executedVersion === undefined) && (missing0 = "executedVersion"))){
validate77.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.statusCode !== undefined){
let data0 = data.statusCode;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate77.errors = [{instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executedVersion !== undefined){
const _errs3 = errors;
if(typeof data.executedVersion !== "string"){
validate77.errors = [{instancePath:instancePath+"/executedVersion",schemaPath:"#/properties/executedVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.functionError !== undefined){
const _errs5 = errors;
if(typeof data.functionError !== "string"){
validate77.errors = [{instancePath:instancePath+"/functionError",schemaPath:"#/properties/functionError/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate77.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":{"statusCode":true,"executedVersion":true,"functionError":true},"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","required":["errorMessage"],"properties":{"errorType":{"type":"string"},"errorMessage":{"type":"string"},"stackTrace":{"type":"array","items":{"type":"string"}},"trace":{"type":"array","items":{"type":"string"}},"requestId":{"type":"string"}}};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.errorMessage === undefined) && (missing0 = "errorMessage")){
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.errorType !== undefined){
const _errs1 = errors;
if(typeof data.errorType !== "string"){
validate79.errors = [{instancePath:instancePath+"/errorType",schemaPath:"#/properties/errorType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errorMessage !== undefined){
const _errs3 = errors;
if(typeof data.errorMessage !== "string"){
validate79.errors = [{instancePath:instancePath+"/errorMessage",schemaPath:"#/properties/errorMessage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stackTrace !== undefined){
let data2 = data.stackTrace;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(typeof data2[i0] !== "string"){
validate79.errors = [{instancePath:instancePath+"/stackTrace/" + i0,schemaPath:"#/properties/stackTrace/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate79.errors = [{instancePath:instancePath+"/stackTrace",schemaPath:"#/properties/stackTrace/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trace !== undefined){
let data4 = data.trace;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(typeof data4[i1] !== "string"){
validate79.errors = [{instancePath:instancePath+"/trace/" + i1,schemaPath:"#/properties/trace/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
else {
validate79.errors = [{instancePath:instancePath+"/trace",schemaPath:"#/properties/trace/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
const _errs13 = errors;
if(typeof data.requestId !== "string"){
validate79.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
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
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":{"errorType":true,"errorMessage":true,"stackTrace":true,"trace":true,"requestId":true},"dynamicProps":false,"dynamicItems":false};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/destination/order-failure-destination-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.version === undefined) && (missing0 = "version")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.requestContext === undefined) && (missing0 = "requestContext"))){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.version !== undefined){
const _errs1 = errors;
if(typeof data.version !== "string"){
validate76.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
validate76.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate76.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestContext !== undefined){
let data2 = data.requestContext;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((data2.requestId === undefined) && (missing1 = "requestId")) || ((data2.functionArn === undefined) && (missing1 = "functionArn"))) || ((data2.condition === undefined) && (missing1 = "condition"))) || ((data2.approximateInvokeCount === undefined) && (missing1 = "approximateInvokeCount"))){
validate76.errors = [{instancePath:instancePath+"/requestContext",schemaPath:"#/properties/requestContext/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.requestId !== undefined){
const _errs7 = errors;
if(typeof data2.requestId !== "string"){
validate76.errors = [{instancePath:instancePath+"/requestContext/requestId",schemaPath:"#/properties/requestContext/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.functionArn !== undefined){
const _errs9 = errors;
if(typeof data2.functionArn !== "string"){
validate76.errors = [{instancePath:instancePath+"/requestContext/functionArn",schemaPath:"#/properties/requestContext/properties/functionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.condition !== undefined){
let data5 = data2.condition;
const _errs11 = errors;
const _errs13 = errors;
const _errs14 = errors;
if("Success" !== data5){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs14 === errors;
if(valid2){
validate76.errors = [{instancePath:instancePath+"/requestContext/condition",schemaPath:"#/properties/requestContext/properties/condition/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
if(errors === _errs11){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate76.errors = [{instancePath:instancePath+"/requestContext/condition",schemaPath:"#/properties/requestContext/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate76.errors = [{instancePath:instancePath+"/requestContext/condition",schemaPath:"#/properties/requestContext/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.approximateInvokeCount !== undefined){
let data6 = data2.approximateInvokeCount;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate76.errors = [{instancePath:instancePath+"/requestContext/approximateInvokeCount",schemaPath:"#/properties/requestContext/properties/approximateInvokeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate76.errors = [{instancePath:instancePath+"/requestContext/approximateInvokeCount",schemaPath:"#/properties/requestContext/properties/approximateInvokeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/requestContext",schemaPath:"#/properties/requestContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseContext !== undefined){
const _errs17 = errors;
if(!(validate77(data.responseContext, {instancePath:instancePath+"/responseContext",parentData:data,parentDataProperty:"responseContext",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responsePayload !== undefined){
const _errs18 = errors;
if(!(validate79(data.responsePayload, {instancePath:instancePath+"/responsePayload",parentData:data,parentDataProperty:"responsePayload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
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
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":{"version":true,"timestamp":true,"requestContext":true,"requestPayload":true,"responseContext":true,"responsePayload":true},"dynamicProps":false,"dynamicItems":false};

exports.validateOrderSuccessDestinationRecord = validate81;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/destination/order-success-destination-record.v1.schema.json","type":"object","required":["version","timestamp","requestContext","requestPayload","responseContext","responsePayload"],"properties":{"version":{"type":"string"},"timestamp":{"type":"string","format":"date-time"},"requestContext":{"type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"const":"Success"},"approximateInvokeCount":{"type":"integer","minimum":1}}},"requestPayload":{"$ref":"../order/order-message.v1.schema.json"},"responseContext":{"type":"object","required":["statusCode","executedVersion"],"properties":{"statusCode":{"type":"integer"},"executedVersion":{"type":"string"},"functionError":false}},"responsePayload":{"$ref":"../outcome/outcome-success.v1.schema.json"}}};
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/order/order-message.v1.schema.json","type":"object","additionalProperties":false,"required":["order_id","customer_id","currency","line_items","submitted_at"],"properties":{"schema_version":{"const":"1"},"order_id":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"customer_id":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"currency":{"type":"string","minLength":3,"maxLength":3,"pattern":"^[A-Z]{3}$"},"line_items":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/OrderLineItem"}},"submitted_at":{"type":"string","format":"date-time","maxLength":35},"correlation_id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[!-~]+$"}},"$defs":{"OrderLineItem":{"type":"object","additionalProperties":false,"required":["sku","quantity","unit_price_minor"],"properties":{"sku":{"type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Z0-9][A-Z0-9-]*$"},"quantity":{"type":"integer","minimum":1,"maximum":10000},"unit_price_minor":{"type":"integer","minimum":0,"maximum":100000000}}}}};
const pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern10 = new RegExp("^[A-Z]{3}$", "u");
const pattern12 = new RegExp("^[!-~]+$", "u");
const schema38 = {"type":"object","additionalProperties":false,"required":["sku","quantity","unit_price_minor"],"properties":{"sku":{"type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Z0-9][A-Z0-9-]*$"},"quantity":{"type":"integer","minimum":1,"maximum":10000},"unit_price_minor":{"type":"integer","minimum":0,"maximum":100000000}}};
const pattern11 = new RegExp("^[A-Z0-9][A-Z0-9-]*$", "u");

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.sku === undefined) && (missing0 = "sku")) || ((data.quantity === undefined) && (missing0 = "quantity"))) || ((data.unit_price_minor === undefined) && (missing0 = "unit_price_minor"))){
validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "sku") || (key0 === "quantity")) || (key0 === "unit_price_minor"))){
validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sku !== undefined){
let data0 = data.sku;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 32){
validate83.errors = [{instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate83.errors = [{instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern11.test(data0)){
validate83.errors = [{instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9][A-Z0-9-]*$"},message:"must match pattern \""+"^[A-Z0-9][A-Z0-9-]*$"+"\""}];
return false;
}
}
}
}
else {
validate83.errors = [{instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quantity !== undefined){
let data1 = data.quantity;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate83.errors = [{instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 10000 || isNaN(data1)){
validate83.errors = [{instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate83.errors = [{instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unit_price_minor !== undefined){
let data2 = data.unit_price_minor;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate83.errors = [{instancePath:instancePath+"/unit_price_minor",schemaPath:"#/properties/unit_price_minor/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100000000 || isNaN(data2)){
validate83.errors = [{instancePath:instancePath+"/unit_price_minor",schemaPath:"#/properties/unit_price_minor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate83.errors = [{instancePath:instancePath+"/unit_price_minor",schemaPath:"#/properties/unit_price_minor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/order/order-message.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.order_id === undefined) && (missing0 = "order_id")) || ((data.customer_id === undefined) && (missing0 = "customer_id"))) || ((data.currency === undefined) && (missing0 = "currency"))) || ((data.line_items === undefined) && (missing0 = "line_items"))) || ((data.submitted_at === undefined) && (missing0 = "submitted_at"))){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "schema_version") || (key0 === "order_id")) || (key0 === "customer_id")) || (key0 === "currency")) || (key0 === "line_items")) || (key0 === "submitted_at")) || (key0 === "correlation_id"))){
validate82.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema_version !== undefined){
const _errs2 = errors;
if("1" !== data.schema_version){
validate82.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order_id !== undefined){
let data1 = data.order_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func1(data1) > 64){
validate82.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate82.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern8.test(data1)){
validate82.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.customer_id !== undefined){
let data2 = data.customer_id;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) > 64){
validate82.errors = [{instancePath:instancePath+"/customer_id",schemaPath:"#/properties/customer_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate82.errors = [{instancePath:instancePath+"/customer_id",schemaPath:"#/properties/customer_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern8.test(data2)){
validate82.errors = [{instancePath:instancePath+"/customer_id",schemaPath:"#/properties/customer_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/customer_id",schemaPath:"#/properties/customer_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
let data3 = data.currency;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func1(data3) > 3){
validate82.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func1(data3) < 3){
validate82.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern10.test(data3)){
validate82.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""}];
return false;
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line_items !== undefined){
let data4 = data.line_items;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length > 100){
validate82.errors = [{instancePath:instancePath+"/line_items",schemaPath:"#/properties/line_items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data4.length < 1){
validate82.errors = [{instancePath:instancePath+"/line_items",schemaPath:"#/properties/line_items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate83(data4[i0], {instancePath:instancePath+"/line_items/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/line_items",schemaPath:"#/properties/line_items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.submitted_at !== undefined){
let data6 = data.submitted_at;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data6 === "string"){
if(func1(data6) > 35){
validate82.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!(formats0.validate(data6))){
validate82.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.correlation_id !== undefined){
let data7 = data.correlation_id;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data7 === "string"){
if(func1(data7) > 128){
validate82.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func1(data7) < 1){
validate82.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern12.test(data7)){
validate82.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]+$"},message:"must match pattern \""+"^[!-~]+$"+"\""}];
return false;
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
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
else {
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-success.v1.schema.json","type":"object","allOf":[{"$ref":"outcome-common.v1.schema.json#/$defs/OutcomeFields"}],"required":["status","order","order_total_minor"],"properties":{"status":{"const":"SUCCESS"},"order":{"$ref":"../order/order-message.v1.schema.json"},"order_total_minor":{"type":"integer","minimum":0}}};
const schema41 = {"type":"object","required":["schema_version","message_type","outcome_id","message_id","body","processed_at","source"],"properties":{"schema_version":{"const":"1"},"message_type":{"const":"order.outcome"},"outcome_id":{"type":"string","format":"uuid"},"message_id":{"type":"string"},"body":{"type":"string"},"body_truncated":{"type":"boolean"},"body_bytes":{"type":"integer","minimum":0},"body_sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"order_id":{"type":"string"},"correlation_id":{"type":"string"},"processed_at":{"type":"string","format":"date-time"},"source":{"$ref":"#/$defs/OutcomeSource"}}};
const formats14 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const pattern13 = new RegExp("^[0-9a-f]{64}$", "u");
const schema42 = {"oneOf":[{"$ref":"#/$defs/SqsOutcomeSource"},{"$ref":"#/$defs/AsyncInvocationOutcomeSource"}]};
const schema43 = {"type":"object","required":["kind","queue_arn","receive_count"],"properties":{"kind":{"const":"sqs"},"queue_arn":{"type":"string"},"receive_count":{"type":"integer","minimum":1}}};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.kind === undefined) && (missing0 = "kind")) || ((data.queue_arn === undefined) && (missing0 = "queue_arn"))) || ((data.receive_count === undefined) && (missing0 = "receive_count"))){
validate90.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.kind !== undefined){
const _errs1 = errors;
if("sqs" !== data.kind){
validate90.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "sqs"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.queue_arn !== undefined){
const _errs2 = errors;
if(typeof data.queue_arn !== "string"){
validate90.errors = [{instancePath:instancePath+"/queue_arn",schemaPath:"#/properties/queue_arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.receive_count !== undefined){
let data2 = data.receive_count;
const _errs4 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate90.errors = [{instancePath:instancePath+"/receive_count",schemaPath:"#/properties/receive_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate90.errors = [{instancePath:instancePath+"/receive_count",schemaPath:"#/properties/receive_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate90.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":{"kind":true,"queue_arn":true,"receive_count":true},"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","required":["kind","request_id"],"properties":{"kind":{"const":"async_invocation"},"request_id":{"type":"string"},"function_arn":{"type":"string"}}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.kind === undefined) && (missing0 = "kind")) || ((data.request_id === undefined) && (missing0 = "request_id"))){
validate92.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.kind !== undefined){
const _errs1 = errors;
if("async_invocation" !== data.kind){
validate92.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "async_invocation"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.request_id !== undefined){
const _errs2 = errors;
if(typeof data.request_id !== "string"){
validate92.errors = [{instancePath:instancePath+"/request_id",schemaPath:"#/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.function_arn !== undefined){
const _errs4 = errors;
if(typeof data.function_arn !== "string"){
validate92.errors = [{instancePath:instancePath+"/function_arn",schemaPath:"#/properties/function_arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate92.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":{"kind":true,"request_id":true,"function_arn":true},"dynamicProps":false,"dynamicItems":false};


function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.kind = true;
props0.queue_arn = true;
props0.receive_count = true;
}
const _errs2 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.kind = true;
props0.request_id = true;
props0.function_arn = true;
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate89.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate89.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate89.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.schema_version === undefined) && (missing0 = "schema_version")) || ((data.message_type === undefined) && (missing0 = "message_type"))) || ((data.outcome_id === undefined) && (missing0 = "outcome_id"))) || ((data.message_id === undefined) && (missing0 = "message_id"))) || ((data.body === undefined) && (missing0 = "body"))) || ((data.processed_at === undefined) && (missing0 = "processed_at"))) || ((data.source === undefined) && (missing0 = "source"))){
validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.schema_version !== undefined){
const _errs1 = errors;
if("1" !== data.schema_version){
validate88.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message_type !== undefined){
const _errs2 = errors;
if("order.outcome" !== data.message_type){
validate88.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/const",keyword:"const",params:{allowedValue: "order.outcome"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outcome_id !== undefined){
let data2 = data.outcome_id;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data2 === "string"){
if(!(formats14.test(data2))){
validate88.errors = [{instancePath:instancePath+"/outcome_id",schemaPath:"#/properties/outcome_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate88.errors = [{instancePath:instancePath+"/outcome_id",schemaPath:"#/properties/outcome_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message_id !== undefined){
const _errs5 = errors;
if(typeof data.message_id !== "string"){
validate88.errors = [{instancePath:instancePath+"/message_id",schemaPath:"#/properties/message_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs7 = errors;
if(typeof data.body !== "string"){
validate88.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_truncated !== undefined){
const _errs9 = errors;
if(typeof data.body_truncated !== "boolean"){
validate88.errors = [{instancePath:instancePath+"/body_truncated",schemaPath:"#/properties/body_truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_bytes !== undefined){
let data6 = data.body_bytes;
const _errs11 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate88.errors = [{instancePath:instancePath+"/body_bytes",schemaPath:"#/properties/body_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate88.errors = [{instancePath:instancePath+"/body_bytes",schemaPath:"#/properties/body_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_sha256 !== undefined){
let data7 = data.body_sha256;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
validate88.errors = [{instancePath:instancePath+"/body_sha256",schemaPath:"#/properties/body_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate88.errors = [{instancePath:instancePath+"/body_sha256",schemaPath:"#/properties/body_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order_id !== undefined){
const _errs15 = errors;
if(typeof data.order_id !== "string"){
validate88.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.correlation_id !== undefined){
const _errs17 = errors;
if(typeof data.correlation_id !== "string"){
validate88.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.processed_at !== undefined){
let data10 = data.processed_at;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
validate88.errors = [{instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate88.errors = [{instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
const _errs21 = errors;
if(!(validate89(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
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
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":{"schema_version":true,"message_type":true,"outcome_id":true,"message_id":true,"body":true,"body_truncated":true,"body_bytes":true,"body_sha256":true,"order_id":true,"correlation_id":true,"processed_at":true,"source":true},"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/outcome-success.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.status === undefined) && (missing0 = "status")) || ((data.order === undefined) && (missing0 = "order"))) || ((data.order_total_minor === undefined) && (missing0 = "order_total_minor"))){
validate86.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.status !== undefined){
const _errs2 = errors;
if("SUCCESS" !== data.status){
validate86.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "SUCCESS"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.order !== undefined){
const _errs3 = errors;
if(!(validate82(data.order, {instancePath:instancePath+"/order",parentData:data,parentDataProperty:"order",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.order_total_minor !== undefined){
let data2 = data.order_total_minor;
const _errs4 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate86.errors = [{instancePath:instancePath+"/order_total_minor",schemaPath:"#/properties/order_total_minor/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate86.errors = [{instancePath:instancePath+"/order_total_minor",schemaPath:"#/properties/order_total_minor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate86.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":{"status":true,"order":true,"order_total_minor":true,"schema_version":true,"message_type":true,"outcome_id":true,"message_id":true,"body":true,"body_truncated":true,"body_bytes":true,"body_sha256":true,"order_id":true,"correlation_id":true,"processed_at":true,"source":true},"dynamicProps":false,"dynamicItems":false};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/destination/order-success-destination-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.version === undefined) && (missing0 = "version")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.requestContext === undefined) && (missing0 = "requestContext"))) || ((data.requestPayload === undefined) && (missing0 = "requestPayload"))) || ((data.responseContext === undefined) && (missing0 = "responseContext"))) || ((data.responsePayload === undefined) && (missing0 = "responsePayload"))){
validate81.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.version !== undefined){
const _errs1 = errors;
if(typeof data.version !== "string"){
validate81.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
validate81.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate81.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestContext !== undefined){
let data2 = data.requestContext;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((data2.requestId === undefined) && (missing1 = "requestId")) || ((data2.functionArn === undefined) && (missing1 = "functionArn"))) || ((data2.condition === undefined) && (missing1 = "condition"))) || ((data2.approximateInvokeCount === undefined) && (missing1 = "approximateInvokeCount"))){
validate81.errors = [{instancePath:instancePath+"/requestContext",schemaPath:"#/properties/requestContext/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.requestId !== undefined){
const _errs7 = errors;
if(typeof data2.requestId !== "string"){
validate81.errors = [{instancePath:instancePath+"/requestContext/requestId",schemaPath:"#/properties/requestContext/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.functionArn !== undefined){
const _errs9 = errors;
if(typeof data2.functionArn !== "string"){
validate81.errors = [{instancePath:instancePath+"/requestContext/functionArn",schemaPath:"#/properties/requestContext/properties/functionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.condition !== undefined){
const _errs11 = errors;
if("Success" !== data2.condition){
validate81.errors = [{instancePath:instancePath+"/requestContext/condition",schemaPath:"#/properties/requestContext/properties/condition/const",keyword:"const",params:{allowedValue: "Success"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.approximateInvokeCount !== undefined){
let data6 = data2.approximateInvokeCount;
const _errs12 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate81.errors = [{instancePath:instancePath+"/requestContext/approximateInvokeCount",schemaPath:"#/properties/requestContext/properties/approximateInvokeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate81.errors = [{instancePath:instancePath+"/requestContext/approximateInvokeCount",schemaPath:"#/properties/requestContext/properties/approximateInvokeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate81.errors = [{instancePath:instancePath+"/requestContext",schemaPath:"#/properties/requestContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestPayload !== undefined){
const _errs14 = errors;
if(!(validate82(data.requestPayload, {instancePath:instancePath+"/requestPayload",parentData:data,parentDataProperty:"requestPayload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseContext !== undefined){
let data8 = data.responseContext;
const _errs15 = errors;
if(errors === _errs15){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if(((data8.statusCode === undefined) && (missing2 = "statusCode")) || ((data8.executedVersion === undefined) && (missing2 = "executedVersion"))){
validate81.errors = [{instancePath:instancePath+"/responseContext",schemaPath:"#/properties/responseContext/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data8.statusCode !== undefined){
let data9 = data8.statusCode;
const _errs17 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate81.errors = [{instancePath:instancePath+"/responseContext/statusCode",schemaPath:"#/properties/responseContext/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.executedVersion !== undefined){
const _errs19 = errors;
if(typeof data8.executedVersion !== "string"){
validate81.errors = [{instancePath:instancePath+"/responseContext/executedVersion",schemaPath:"#/properties/responseContext/properties/executedVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.functionError !== undefined){
var valid2 = false;
validate81.errors = [{instancePath:instancePath+"/responseContext/functionError",schemaPath:"#/properties/responseContext/properties/functionError/false schema",keyword:"false schema",params:{},message:"boolean schema is false"}];
return false;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate81.errors = [{instancePath:instancePath+"/responseContext",schemaPath:"#/properties/responseContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responsePayload !== undefined){
const _errs21 = errors;
if(!(validate86(data.responsePayload, {instancePath:instancePath+"/responsePayload",parentData:data,parentDataProperty:"responsePayload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
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
else {
validate81.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":{"version":true,"timestamp":true,"requestContext":true,"requestPayload":true,"responseContext":true,"responsePayload":true},"dynamicProps":false,"dynamicItems":false};

exports.validateOrderMessage = validate82;

exports.validateOrderOutcome = validate98;
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/order-outcome.v1.schema.json","type":"object","discriminator":{"propertyName":"status"},"oneOf":[{"$ref":"outcome-success.v1.schema.json"},{"$ref":"outcome-failure.v1.schema.json"}]};
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-failure.v1.schema.json","type":"object","allOf":[{"$ref":"outcome-common.v1.schema.json#/$defs/OutcomeFields"}],"required":["status","error","error_code","retryable"],"properties":{"status":{"const":"FAILURE"},"error":{"type":"string"},"error_code":{"$ref":"outcome-common.v1.schema.json#/$defs/ErrorCode"},"retryable":{"type":"boolean"},"validation_errors":{"type":"array","maxItems":20,"items":{"$ref":"outcome-common.v1.schema.json#/$defs/ValidationIssue"}}}};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.schema_version === undefined) && (missing0 = "schema_version")) || ((data.message_type === undefined) && (missing0 = "message_type"))) || ((data.outcome_id === undefined) && (missing0 = "outcome_id"))) || ((data.message_id === undefined) && (missing0 = "message_id"))) || ((data.body === undefined) && (missing0 = "body"))) || ((data.processed_at === undefined) && (missing0 = "processed_at"))) || ((data.source === undefined) && (missing0 = "source"))){
validate100.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.schema_version !== undefined){
const _errs1 = errors;
if("1" !== data.schema_version){
validate100.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message_type !== undefined){
const _errs2 = errors;
if("order.outcome" !== data.message_type){
validate100.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/const",keyword:"const",params:{allowedValue: "order.outcome"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outcome_id !== undefined){
let data2 = data.outcome_id;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data2 === "string"){
if(!(formats14.test(data2))){
validate100.errors = [{instancePath:instancePath+"/outcome_id",schemaPath:"#/properties/outcome_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate100.errors = [{instancePath:instancePath+"/outcome_id",schemaPath:"#/properties/outcome_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message_id !== undefined){
const _errs5 = errors;
if(typeof data.message_id !== "string"){
validate100.errors = [{instancePath:instancePath+"/message_id",schemaPath:"#/properties/message_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs7 = errors;
if(typeof data.body !== "string"){
validate100.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_truncated !== undefined){
const _errs9 = errors;
if(typeof data.body_truncated !== "boolean"){
validate100.errors = [{instancePath:instancePath+"/body_truncated",schemaPath:"#/properties/body_truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_bytes !== undefined){
let data6 = data.body_bytes;
const _errs11 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate100.errors = [{instancePath:instancePath+"/body_bytes",schemaPath:"#/properties/body_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate100.errors = [{instancePath:instancePath+"/body_bytes",schemaPath:"#/properties/body_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_sha256 !== undefined){
let data7 = data.body_sha256;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data7 === "string"){
if(!pattern13.test(data7)){
validate100.errors = [{instancePath:instancePath+"/body_sha256",schemaPath:"#/properties/body_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate100.errors = [{instancePath:instancePath+"/body_sha256",schemaPath:"#/properties/body_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order_id !== undefined){
const _errs15 = errors;
if(typeof data.order_id !== "string"){
validate100.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.correlation_id !== undefined){
const _errs17 = errors;
if(typeof data.correlation_id !== "string"){
validate100.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.processed_at !== undefined){
let data10 = data.processed_at;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
validate100.errors = [{instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate100.errors = [{instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
const _errs21 = errors;
if(!(validate89(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
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
}
}
else {
validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":{"schema_version":true,"message_type":true,"outcome_id":true,"message_id":true,"body":true,"body_truncated":true,"body_bytes":true,"body_sha256":true,"order_id":true,"correlation_id":true,"processed_at":true,"source":true},"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"string","enum":["INVALID_JSON","BODY_TOO_LARGE","SCHEMA_VIOLATION","UNSUPPORTED_CURRENCY","DUPLICATE_SKU","TOO_MANY_ITEMS","QUANTITY_LIMIT_EXCEEDED","ORDER_TOTAL_LIMIT_EXCEEDED","SUBMITTED_IN_FUTURE","INTERNAL_ERROR"]};

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate103.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate103.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data === "INVALID_JSON") || (data === "BODY_TOO_LARGE")) || (data === "SCHEMA_VIOLATION")) || (data === "UNSUPPORTED_CURRENCY")) || (data === "DUPLICATE_SKU")) || (data === "TOO_MANY_ITEMS")) || (data === "QUANTITY_LIMIT_EXCEEDED")) || (data === "ORDER_TOTAL_LIMIT_EXCEEDED")) || (data === "SUBMITTED_IN_FUTURE")) || (data === "INTERNAL_ERROR"))){
validate103.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate103.errors = vErrors;
return errors === 0;
}
validate103.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","required":["pointer","message"],"properties":{"pointer":{"type":"string"},"message":{"type":"string"}}};

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.pointer === undefined) && (missing0 = "pointer")) || ((data.message === undefined) && (missing0 = "message"))){
validate105.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.pointer !== undefined){
const _errs1 = errors;
if(typeof data.pointer !== "string"){
validate105.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs3 = errors;
if(typeof data.message !== "string"){
validate105.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate105.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate105.errors = vErrors;
return errors === 0;
}
validate105.evaluated = {"props":{"pointer":true,"message":true},"dynamicProps":false,"dynamicItems":false};


function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/outcome-failure.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate100(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.status === undefined) && (missing0 = "status")) || ((data.error === undefined) && (missing0 = "error"))) || ((data.error_code === undefined) && (missing0 = "error_code"))) || ((data.retryable === undefined) && (missing0 = "retryable"))){
validate99.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.status !== undefined){
const _errs2 = errors;
if("FAILURE" !== data.status){
validate99.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "FAILURE"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.error !== undefined){
const _errs3 = errors;
if(typeof data.error !== "string"){
validate99.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.error_code !== undefined){
const _errs5 = errors;
if(!(validate103(data.error_code, {instancePath:instancePath+"/error_code",parentData:data,parentDataProperty:"error_code",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.retryable !== undefined){
const _errs6 = errors;
if(typeof data.retryable !== "boolean"){
validate99.errors = [{instancePath:instancePath+"/retryable",schemaPath:"#/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.validation_errors !== undefined){
let data4 = data.validation_errors;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
if(data4.length > 20){
validate99.errors = [{instancePath:instancePath+"/validation_errors",schemaPath:"#/properties/validation_errors/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate105(data4[i0], {instancePath:instancePath+"/validation_errors/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate99.errors = [{instancePath:instancePath+"/validation_errors",schemaPath:"#/properties/validation_errors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs8 === errors;
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
else {
validate99.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":{"status":true,"error":true,"error_code":true,"retryable":true,"validation_errors":true,"schema_version":true,"message_type":true,"outcome_id":true,"message_id":true,"body":true,"body_truncated":true,"body_bytes":true,"body_sha256":true,"order_id":true,"correlation_id":true,"processed_at":true,"source":true},"dynamicProps":false,"dynamicItems":false};


function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/order-outcome.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const tag0 = data.status;
if(typeof tag0 == "string"){
if(tag0 === "SUCCESS"){
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var props0 = {};
props0.status = true;
props0.order = true;
props0.order_total_minor = true;
props0.schema_version = true;
props0.message_type = true;
props0.outcome_id = true;
props0.message_id = true;
props0.body = true;
props0.body_truncated = true;
props0.body_bytes = true;
props0.body_sha256 = true;
props0.order_id = true;
props0.correlation_id = true;
props0.processed_at = true;
props0.source = true;
}
else if(tag0 === "FAILURE"){
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
props0.error = true;
props0.error_code = true;
props0.retryable = true;
props0.validation_errors = true;
props0.schema_version = true;
props0.message_type = true;
props0.outcome_id = true;
props0.message_id = true;
props0.body = true;
props0.body_truncated = true;
props0.body_bytes = true;
props0.body_sha256 = true;
props0.order_id = true;
props0.correlation_id = true;
props0.processed_at = true;
props0.source = true;
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "status", tagValue: tag0},message:"value of tag \"status\" must be in oneOf"}];
return false;
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "status", tagValue: tag0},message:"tag \"status\" must be string"}];
return false;
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate98.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate98.evaluated = {"dynamicProps":true,"dynamicItems":false};

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

exports.validateOutcomeMessageAttributesSnsEnvelope = validate127;
const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-attributes-sns-envelope.v1.schema.json","type":"object","additionalProperties":false,"required":["message_type","schema_version","status"],"properties":{"message_type":{"type":"object","additionalProperties":false,"required":["Type","Value"],"properties":{"Type":{"const":"String"},"Value":{"const":"order.outcome"}}},"schema_version":{"type":"object","additionalProperties":false,"required":["Type","Value"],"properties":{"Type":{"const":"String"},"Value":{"const":"1"}}},"status":{"type":"object","additionalProperties":false,"required":["Type","Value"],"properties":{"Type":{"const":"String"},"Value":{"enum":["SUCCESS","FAILURE"]}}},"error_code":{"type":"object","additionalProperties":false,"required":["Type","Value"],"properties":{"Type":{"const":"String"},"Value":{"$ref":"outcome-common.v1.schema.json#/$defs/ErrorCode"}}}}};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate128.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data === "INVALID_JSON") || (data === "BODY_TOO_LARGE")) || (data === "SCHEMA_VIOLATION")) || (data === "UNSUPPORTED_CURRENCY")) || (data === "DUPLICATE_SKU")) || (data === "TOO_MANY_ITEMS")) || (data === "QUANTITY_LIMIT_EXCEEDED")) || (data === "ORDER_TOTAL_LIMIT_EXCEEDED")) || (data === "SUBMITTED_IN_FUTURE")) || (data === "INTERNAL_ERROR"))){
validate128.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/outcome-attributes-sns-envelope.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
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
validate127.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "message_type") || (key0 === "schema_version")) || (key0 === "status")) || (key0 === "error_code"))){
validate127.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
if(((data0.Type === undefined) && (missing1 = "Type")) || ((data0.Value === undefined) && (missing1 = "Value"))){
validate127.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key1 in data0){
if(!((key1 === "Type") || (key1 === "Value"))){
validate127.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.Type !== undefined){
const _errs5 = errors;
if("String" !== data0.Type){
validate127.errors = [{instancePath:instancePath+"/message_type/Type",schemaPath:"#/properties/message_type/properties/Type/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.Value !== undefined){
const _errs6 = errors;
if("order.outcome" !== data0.Value){
validate127.errors = [{instancePath:instancePath+"/message_type/Value",schemaPath:"#/properties/message_type/properties/Value/const",keyword:"const",params:{allowedValue: "order.outcome"},message:"must be equal to constant"}];
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
validate127.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(((data3.Type === undefined) && (missing2 = "Type")) || ((data3.Value === undefined) && (missing2 = "Value"))){
validate127.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key2 in data3){
if(!((key2 === "Type") || (key2 === "Value"))){
validate127.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data3.Type !== undefined){
const _errs10 = errors;
if("String" !== data3.Type){
validate127.errors = [{instancePath:instancePath+"/schema_version/Type",schemaPath:"#/properties/schema_version/properties/Type/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.Value !== undefined){
const _errs11 = errors;
if("1" !== data3.Value){
validate127.errors = [{instancePath:instancePath+"/schema_version/Value",schemaPath:"#/properties/schema_version/properties/Value/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
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
validate127.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(((data6.Type === undefined) && (missing3 = "Type")) || ((data6.Value === undefined) && (missing3 = "Value"))){
validate127.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key3 in data6){
if(!((key3 === "Type") || (key3 === "Value"))){
validate127.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data6.Type !== undefined){
const _errs15 = errors;
if("String" !== data6.Type){
validate127.errors = [{instancePath:instancePath+"/status/Type",schemaPath:"#/properties/status/properties/Type/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.Value !== undefined){
let data8 = data6.Value;
const _errs16 = errors;
if(!((data8 === "SUCCESS") || (data8 === "FAILURE"))){
validate127.errors = [{instancePath:instancePath+"/status/Value",schemaPath:"#/properties/status/properties/Value/enum",keyword:"enum",params:{allowedValues: schema55.properties.status.properties.Value.enum},message:"must be equal to one of the allowed values"}];
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
validate127.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(((data9.Type === undefined) && (missing4 = "Type")) || ((data9.Value === undefined) && (missing4 = "Value"))){
validate127.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs19 = errors;
for(const key4 in data9){
if(!((key4 === "Type") || (key4 === "Value"))){
validate127.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs19 === errors){
if(data9.Type !== undefined){
const _errs20 = errors;
if("String" !== data9.Type){
validate127.errors = [{instancePath:instancePath+"/error_code/Type",schemaPath:"#/properties/error_code/properties/Type/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.Value !== undefined){
const _errs21 = errors;
if(!(validate128(data9.Value, {instancePath:instancePath+"/error_code/Value",parentData:data9,parentDataProperty:"Value",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
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
validate127.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate127.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.validateOutcomeMessageAttributes = validate130;
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-attributes.v1.schema.json","type":"object","additionalProperties":false,"required":["message_type","schema_version","status"],"properties":{"message_type":{"type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"const":"order.outcome"}}},"schema_version":{"type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"const":"1"}}},"status":{"type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"enum":["SUCCESS","FAILURE"]}}},"error_code":{"type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"$ref":"outcome-common.v1.schema.json#/$defs/ErrorCode"}}}}};

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

exports.validateOrderFailureOutcome = validate99;

exports.validateOrderSuccessOutcome = validate86;

exports.validateFailureTopicMessage = validate133;
const schema59 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/topics/failure-topic-message.v1.schema.json","anyOf":[{"$ref":"../outcome/outcome-failure.v1.schema.json"},{"$ref":"../destination/order-failure-destination-record.v1.schema.json"}]};

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/topics/failure-topic-message.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.status = true;
props0.error = true;
props0.error_code = true;
props0.retryable = true;
props0.validation_errors = true;
props0.schema_version = true;
props0.message_type = true;
props0.outcome_id = true;
props0.message_id = true;
props0.body = true;
props0.body_truncated = true;
props0.body_bytes = true;
props0.body_sha256 = true;
props0.order_id = true;
props0.correlation_id = true;
props0.processed_at = true;
props0.source = true;
}
const _errs2 = errors;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.version = true;
props0.timestamp = true;
props0.requestContext = true;
props0.requestPayload = true;
props0.responseContext = true;
props0.responsePayload = true;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate133.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate133.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate133.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.validateSuccessTopicMessage = validate136;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/topics/success-topic-message.v1.schema.json","anyOf":[{"$ref":"../outcome/outcome-success.v1.schema.json"},{"$ref":"../destination/order-success-destination-record.v1.schema.json"}]};

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/topics/success-topic-message.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.status = true;
props0.order = true;
props0.order_total_minor = true;
props0.schema_version = true;
props0.message_type = true;
props0.outcome_id = true;
props0.message_id = true;
props0.body = true;
props0.body_truncated = true;
props0.body_bytes = true;
props0.body_sha256 = true;
props0.order_id = true;
props0.correlation_id = true;
props0.processed_at = true;
props0.source = true;
}
const _errs2 = errors;
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.version = true;
props0.timestamp = true;
props0.requestContext = true;
props0.requestPayload = true;
props0.responseContext = true;
props0.responsePayload = true;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate136.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate136.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate136.evaluated = {"dynamicProps":true,"dynamicItems":false};

// Each validator is also a Standard Schema v1 object (https://standardschema.dev): validator["~standard"].validate(value).
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateLambdaDestinationRecord, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateSnsConfirmation, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateSnsNotification, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateSqsBatchResponse, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateSqsEvent, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateSqsRecord, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOrderFailureDestinationRecord, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOrderSuccessDestinationRecord, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOrderMessage, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOrderOutcome, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOutcomeMessageAttributesRawDelivery, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOutcomeMessageAttributesSnsEnvelope, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOutcomeMessageAttributes, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOrderFailureOutcome, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateOrderSuccessOutcome, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateFailureTopicMessage, "@order-events/contracts");
__ajvRuntime["./lib/validation/standard-schema"].attachStandardSchema(exports.validateSuccessTopicMessage, "@order-events/contracts");
