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

  // ajv-runtime-entry.cjs
  var require_ajv_runtime_entry = __commonJS({
    "ajv-runtime-entry.cjs"(exports, module) {
      module.exports = {
        "ajv-formats/dist/formats": require_formats(),
        "ajv/dist/runtime/ucs2length": require_ucs2length()
      };
    }
  });
  return require_ajv_runtime_entry();
})();

exports.validateLambdaDestinationRecord = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/lambda-destination-record.v1.schema.json","title":"LambdaDestinationRecord","description":"The invocation record Lambda Destinations deliver after an asynchronous invocation, any payloads (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html). On an SNS destination it is the SNS Message. Open to fields AWS may add. requestPayload and responsePayload are optional because Lambda drops them when they exceed the destination's size limit.","version":"1.0.0","type":"object","required":["version","timestamp","requestContext"],"properties":{"version":{"description":"Record format version; \"1.0\" in every known record.","type":"string","examples":["1.0"]},"timestamp":{"description":"When the record was made, ISO 8601 UTC with milliseconds.","type":"string","format":"date-time"},"requestContext":{"$ref":"#/$defs/DestinationRequestContext"},"requestPayload":{"description":"The invocation's payload, verbatim (any JSON)."},"responseContext":{"$ref":"#/$defs/DestinationResponseContext"},"responsePayload":{"description":"What the function returned, or the runtime's error object on failure (any JSON)."}},"$defs":{"DestinationCondition":{"title":"DestinationCondition","description":"Why the record was sent: Success (OnSuccess), RetriesExhausted or EventAgeExceeded (OnFailure). Open: AWS has not documented the full list.","type":"string","minLength":1,"examples":["Success","RetriesExhausted","EventAgeExceeded"]},"DestinationRequestContext":{"title":"DestinationRequestContext","type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"description":"The asynchronous invocation's request id.","type":"string"},"functionArn":{"description":"Qualified ARN of the invoked function (…:function:name:$LATEST).","type":"string"},"condition":{"$ref":"#/$defs/DestinationCondition"},"approximateInvokeCount":{"description":"1 without retries; 3 after the initial attempt and two retries.","type":"integer","minimum":1}}},"DestinationResponseContext":{"title":"DestinationResponseContext","type":"object","required":["statusCode","executedVersion"],"properties":{"statusCode":{"description":"200 even when the function failed.","type":"integer"},"executedVersion":{"description":"\"$LATEST\" or a version number.","type":"string"},"functionError":{"description":"Present only on failure: \"Unhandled\" (seen in every real record) or \"Handled\".","type":"string","examples":["Unhandled","Handled"]}}},"LambdaErrorPayload":{"title":"LambdaErrorPayload","description":"The runtime's error object in a failure record's responsePayload. Node: errorType, errorMessage, stackTrace (trace on old runtimes); Python adds requestId; a crash or time-out has errorMessage only.","type":"object","required":["errorMessage"],"properties":{"errorType":{"type":"string"},"errorMessage":{"type":"string"},"stackTrace":{"type":"array","items":{"type":"string"}},"trace":{"type":"array","items":{"type":"string"}},"requestId":{"type":"string"}}}}};
const schema34 = {"title":"DestinationResponseContext","type":"object","required":["statusCode","executedVersion"],"properties":{"statusCode":{"description":"200 even when the function failed.","type":"integer"},"executedVersion":{"description":"\"$LATEST\" or a version number.","type":"string"},"functionError":{"description":"Present only on failure: \"Unhandled\" (seen in every real record) or \"Handled\".","type":"string","examples":["Unhandled","Handled"]}}};
const formats0 = __ajvRuntime["ajv-formats/dist/formats"].fullFormats["date-time"];
const schema32 = {"title":"DestinationRequestContext","type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"description":"The asynchronous invocation's request id.","type":"string"},"functionArn":{"description":"Qualified ARN of the invoked function (…:function:name:$LATEST).","type":"string"},"condition":{"$ref":"#/$defs/DestinationCondition"},"approximateInvokeCount":{"description":"1 without retries; 3 after the initial attempt and two retries.","type":"integer","minimum":1}}};
const schema33 = {"title":"DestinationCondition","description":"Why the record was sent: Success (OnSuccess), RetriesExhausted or EventAgeExceeded (OnFailure). Open: AWS has not documented the full list.","type":"string","minLength":1,"examples":["Success","RetriesExhausted","EventAgeExceeded"]};
const func1 = __ajvRuntime["ajv/dist/runtime/ucs2length"].default;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
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
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.requestId !== undefined){
const _errs1 = errors;
if(typeof data.requestId !== "string"){
validate21.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate21.errors = [{instancePath:instancePath+"/functionArn",schemaPath:"#/properties/functionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate21.errors = [{instancePath:instancePath+"/condition",schemaPath:"#/$defs/DestinationCondition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/condition",schemaPath:"#/$defs/DestinationCondition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate21.errors = [{instancePath:instancePath+"/approximateInvokeCount",schemaPath:"#/properties/approximateInvokeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate21.errors = [{instancePath:instancePath+"/approximateInvokeCount",schemaPath:"#/properties/approximateInvokeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
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
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"requestId":true,"functionArn":true,"condition":true,"approximateInvokeCount":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/lambda-destination-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
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
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.version !== undefined){
const _errs2 = errors;
if(typeof data.version !== "string"){
validate20.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestContext !== undefined){
const _errs6 = errors;
if(!(validate21(data.requestContext, {instancePath:instancePath+"/requestContext",parentData:data,parentDataProperty:"requestContext",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseContext !== undefined){
let data3 = data.responseContext;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.statusCode === undefined) && (missing1 = "statusCode")) || ((data3.executedVersion === undefined) && (missing1 = "executedVersion"))){
validate20.errors = [{instancePath:instancePath+"/responseContext",schemaPath:"#/$defs/DestinationResponseContext/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.statusCode !== undefined){
let data4 = data3.statusCode;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate20.errors = [{instancePath:instancePath+"/responseContext/statusCode",schemaPath:"#/$defs/DestinationResponseContext/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.executedVersion !== undefined){
const _errs12 = errors;
if(typeof data3.executedVersion !== "string"){
validate20.errors = [{instancePath:instancePath+"/responseContext/executedVersion",schemaPath:"#/$defs/DestinationResponseContext/properties/executedVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.functionError !== undefined){
const _errs14 = errors;
if(typeof data3.functionError !== "string"){
validate20.errors = [{instancePath:instancePath+"/responseContext/functionError",schemaPath:"#/$defs/DestinationResponseContext/properties/functionError/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/responseContext",schemaPath:"#/$defs/DestinationResponseContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"version":true,"timestamp":true,"requestContext":true,"requestPayload":true,"responseContext":true,"responsePayload":true},"dynamicProps":false,"dynamicItems":false};

exports.validateSnsConfirmation = validate23;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sns-confirmation.v1.schema.json","title":"SnsConfirmation","description":"A SubscriptionConfirmation or UnsubscribeConfirmation that SNS delivers to a queue (for example a cross-account subscription made by another account). Not a pipeline message: consumers log it and acknowledge it; confirming is an operator's decision.","version":"1.0.0","type":"object","required":["Type","MessageId","TopicArn","Message","Timestamp","SubscribeURL","Token"],"properties":{"Type":{"enum":["SubscriptionConfirmation","UnsubscribeConfirmation"]},"MessageId":{"type":"string"},"Token":{"type":"string"},"TopicArn":{"type":"string"},"Message":{"type":"string"},"SubscribeURL":{"type":"string"},"Timestamp":{"type":"string","format":"date-time"},"SignatureVersion":{"type":"string"},"Signature":{"type":"string"},"SigningCertURL":{"type":"string"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sns-confirmation.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
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
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Type !== undefined){
let data0 = data.Type;
const _errs2 = errors;
if(!((data0 === "SubscriptionConfirmation") || (data0 === "UnsubscribeConfirmation"))){
validate23.errors = [{instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/enum",keyword:"enum",params:{allowedValues: schema35.properties.Type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MessageId !== undefined){
const _errs3 = errors;
if(typeof data.MessageId !== "string"){
validate23.errors = [{instancePath:instancePath+"/MessageId",schemaPath:"#/properties/MessageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Token !== undefined){
const _errs5 = errors;
if(typeof data.Token !== "string"){
validate23.errors = [{instancePath:instancePath+"/Token",schemaPath:"#/properties/Token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TopicArn !== undefined){
const _errs7 = errors;
if(typeof data.TopicArn !== "string"){
validate23.errors = [{instancePath:instancePath+"/TopicArn",schemaPath:"#/properties/TopicArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Message !== undefined){
const _errs9 = errors;
if(typeof data.Message !== "string"){
validate23.errors = [{instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SubscribeURL !== undefined){
const _errs11 = errors;
if(typeof data.SubscribeURL !== "string"){
validate23.errors = [{instancePath:instancePath+"/SubscribeURL",schemaPath:"#/properties/SubscribeURL/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Timestamp !== undefined){
let data6 = data.Timestamp;
const _errs13 = errors;
if(errors === _errs13){
if(errors === _errs13){
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
validate23.errors = [{instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SignatureVersion !== undefined){
const _errs15 = errors;
if(typeof data.SignatureVersion !== "string"){
validate23.errors = [{instancePath:instancePath+"/SignatureVersion",schemaPath:"#/properties/SignatureVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Signature !== undefined){
const _errs17 = errors;
if(typeof data.Signature !== "string"){
validate23.errors = [{instancePath:instancePath+"/Signature",schemaPath:"#/properties/Signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SigningCertURL !== undefined){
const _errs19 = errors;
if(typeof data.SigningCertURL !== "string"){
validate23.errors = [{instancePath:instancePath+"/SigningCertURL",schemaPath:"#/properties/SigningCertURL/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"Type":true,"MessageId":true,"Token":true,"TopicArn":true,"Message":true,"SubscribeURL":true,"Timestamp":true,"SignatureVersion":true,"Signature":true,"SigningCertURL":true},"dynamicProps":false,"dynamicItems":false};

exports.validateSnsNotification = validate24;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sns-notification.v1.schema.json","title":"SnsNotification","description":"The JSON envelope SNS delivers to an SQS queue when raw message delivery is off (the SQS body). Standard topics sign it (SignatureVersion \"1\" SHA1withRSA or \"2\" SHA256withRSA); FIFO topics add SequenceNumber and carry no signature fields, so none is required. Message is the published message as a string: parse it a second time. Subject and MessageAttributes are absent when not published (Subject null is tolerated). SubscriptionConfirmation and UnsubscribeConfirmation messages are a different shape (see SnsConfirmation); consumers acknowledge them without processing.","version":"1.0.0","type":"object","required":["Type","MessageId","TopicArn","Message","Timestamp"],"properties":{"Type":{"const":"Notification"},"MessageId":{"type":"string"},"TopicArn":{"type":"string"},"Subject":{"type":["string","null"]},"Message":{"description":"The published message, a string (our outcomes and destination records are JSON text).","type":"string"},"Timestamp":{"type":"string","format":"date-time"},"SequenceNumber":{"description":"FIFO topics only.","type":"string"},"SignatureVersion":{"description":"\"1\" or \"2\" (a digit string; AWS documentation shows other values in examples).","type":"string","pattern":"^[0-9]+$","examples":["1","2"]},"Signature":{"type":"string"},"SigningCertURL":{"type":"string"},"UnsubscribeURL":{"type":"string"},"MessageAttributes":{"type":"object","additionalProperties":{"$ref":"#/$defs/SnsEnvelopeAttribute"}}},"$defs":{"SnsEnvelopeAttribute":{"title":"SnsEnvelopeAttribute","description":"A message attribute inside the envelope. Binary values are base64; String.Array values are a JSON array as text; Number values are decimal text.","type":"object","required":["Type","Value"],"properties":{"Type":{"enum":["String","String.Array","Number","Binary"]},"Value":{"type":"string"}}}}};
const schema37 = {"title":"SnsEnvelopeAttribute","description":"A message attribute inside the envelope. Binary values are base64; String.Array values are a JSON array as text; Number values are decimal text.","type":"object","required":["Type","Value"],"properties":{"Type":{"enum":["String","String.Array","Number","Binary"]},"Value":{"type":"string"}}};
const pattern4 = new RegExp("^[0-9]+$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sns-notification.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
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
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Type !== undefined){
const _errs2 = errors;
if("Notification" !== data.Type){
validate24.errors = [{instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Notification"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MessageId !== undefined){
const _errs3 = errors;
if(typeof data.MessageId !== "string"){
validate24.errors = [{instancePath:instancePath+"/MessageId",schemaPath:"#/properties/MessageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TopicArn !== undefined){
const _errs5 = errors;
if(typeof data.TopicArn !== "string"){
validate24.errors = [{instancePath:instancePath+"/TopicArn",schemaPath:"#/properties/TopicArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Subject !== undefined){
let data3 = data.Subject;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate24.errors = [{instancePath:instancePath+"/Subject",schemaPath:"#/properties/Subject/type",keyword:"type",params:{type: schema36.properties.Subject.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Message !== undefined){
const _errs9 = errors;
if(typeof data.Message !== "string"){
validate24.errors = [{instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Timestamp !== undefined){
let data5 = data.Timestamp;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
validate24.errors = [{instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.SequenceNumber !== undefined){
const _errs13 = errors;
if(typeof data.SequenceNumber !== "string"){
validate24.errors = [{instancePath:instancePath+"/SequenceNumber",schemaPath:"#/properties/SequenceNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SignatureVersion !== undefined){
let data7 = data.SignatureVersion;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate24.errors = [{instancePath:instancePath+"/SignatureVersion",schemaPath:"#/properties/SignatureVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/SignatureVersion",schemaPath:"#/properties/SignatureVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Signature !== undefined){
const _errs17 = errors;
if(typeof data.Signature !== "string"){
validate24.errors = [{instancePath:instancePath+"/Signature",schemaPath:"#/properties/Signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SigningCertURL !== undefined){
const _errs19 = errors;
if(typeof data.SigningCertURL !== "string"){
validate24.errors = [{instancePath:instancePath+"/SigningCertURL",schemaPath:"#/properties/SigningCertURL/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.UnsubscribeURL !== undefined){
const _errs21 = errors;
if(typeof data.UnsubscribeURL !== "string"){
validate24.errors = [{instancePath:instancePath+"/UnsubscribeURL",schemaPath:"#/properties/UnsubscribeURL/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MessageAttributes !== undefined){
let data11 = data.MessageAttributes;
const _errs23 = errors;
if(errors === _errs23){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key0 in data11){
let data12 = data11[key0];
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if(((data12.Type === undefined) && (missing1 = "Type")) || ((data12.Value === undefined) && (missing1 = "Value"))){
validate24.errors = [{instancePath:instancePath+"/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/SnsEnvelopeAttribute/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data12.Type !== undefined){
let data13 = data12.Type;
const _errs29 = errors;
if(!((((data13 === "String") || (data13 === "String.Array")) || (data13 === "Number")) || (data13 === "Binary"))){
validate24.errors = [{instancePath:instancePath+"/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/Type",schemaPath:"#/$defs/SnsEnvelopeAttribute/properties/Type/enum",keyword:"enum",params:{allowedValues: schema37.properties.Type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data12.Value !== undefined){
const _errs30 = errors;
if(typeof data12.Value !== "string"){
validate24.errors = [{instancePath:instancePath+"/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/Value",schemaPath:"#/$defs/SnsEnvelopeAttribute/properties/Value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/SnsEnvelopeAttribute/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs26 === errors;
if(!valid1){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/MessageAttributes",schemaPath:"#/properties/MessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs23 === errors;
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
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"Type":true,"MessageId":true,"TopicArn":true,"Subject":true,"Message":true,"Timestamp":true,"SequenceNumber":true,"SignatureVersion":true,"Signature":true,"SigningCertURL":true,"UnsubscribeURL":true,"MessageAttributes":true},"dynamicProps":false,"dynamicItems":false};

exports.validateSqsBatchResponse = validate25;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sqs-batch-response.v1.schema.json","title":"SqsBatchResponse","description":"Partial batch response (ReportBatchItemFailures): the records SQS must redeliver. An empty list means the whole batch succeeded. Every itemIdentifier must be a messageId of the batch, or Lambda retries the whole batch.","version":"1.0.0","type":"object","required":["batchItemFailures"],"properties":{"batchItemFailures":{"type":"array","items":{"title":"SqsBatchItemFailure","type":"object","required":["itemIdentifier"],"additionalProperties":false,"properties":{"itemIdentifier":{"type":"string","minLength":1}}}}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sqs-batch-response.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
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
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.batchItemFailures !== undefined){
let data0 = data.batchItemFailures;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.itemIdentifier === undefined) && (missing1 = "itemIdentifier")){
validate25.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0,schemaPath:"#/properties/batchItemFailures/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data1){
if(!(key0 === "itemIdentifier")){
validate25.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0,schemaPath:"#/properties/batchItemFailures/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.itemIdentifier !== undefined){
let data2 = data1.itemIdentifier;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate25.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0+"/itemIdentifier",schemaPath:"#/properties/batchItemFailures/items/properties/itemIdentifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0+"/itemIdentifier",schemaPath:"#/properties/batchItemFailures/items/properties/itemIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/batchItemFailures/" + i0,schemaPath:"#/properties/batchItemFailures/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/batchItemFailures",schemaPath:"#/properties/batchItemFailures/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"batchItemFailures":true},"dynamicProps":false,"dynamicItems":false};

exports.validateSqsEvent = validate26;
const schema39 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sqs-event.v1.schema.json","title":"SqsEvent","description":"The event AWS Lambda's SQS event source mapping invokes the function with, synchronously: a batch of 1 to 10,000 records.","version":"1.0.0","type":"object","required":["Records"],"properties":{"Records":{"type":"array","minItems":1,"maxItems":10000,"items":{"$ref":"sqs-record.v1.schema.json"}}}};
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/aws/sqs-record.v1.schema.json","title":"SqsRecord","description":"One record of the event AWS Lambda's SQS event source mapping sends (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html). Open to fields AWS may add.","version":"1.0.0","type":"object","required":["messageId","receiptHandle","body","attributes","messageAttributes","md5OfBody","eventSource","eventSourceARN","awsRegion"],"properties":{"messageId":{"description":"The SQS message id; what a partial batch response names.","type":"string","minLength":1},"receiptHandle":{"type":"string"},"body":{"description":"The message body, always a string (JSON bodies arrive as text).","type":"string"},"attributes":{"$ref":"#/$defs/SqsRecordAttributes"},"messageAttributes":{"description":"Message attributes by name; {} when there are none.","type":"object","additionalProperties":{"$ref":"#/$defs/SqsMessageAttribute"}},"md5OfMessageAttributes":{"description":"MD5 of the message attributes, or null when there are none.","type":["string","null"]},"md5OfBody":{"type":"string"},"eventSource":{"const":"aws:sqs"},"eventSourceARN":{"description":"ARN of the queue the record came from.","type":"string"},"awsRegion":{"type":"string"}},"$defs":{"SqsRecordAttributes":{"title":"SqsRecordAttributes","description":"System attributes. Every value is a string; timestamps are epoch milliseconds as strings.","type":"object","required":["ApproximateReceiveCount","SentTimestamp","SenderId","ApproximateFirstReceiveTimestamp"],"properties":{"ApproximateReceiveCount":{"type":"string","pattern":"^[0-9]+$"},"SentTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SenderId":{"type":"string"},"ApproximateFirstReceiveTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SequenceNumber":{"description":"FIFO queues only.","type":"string"},"MessageGroupId":{"description":"FIFO queues, and standard queues with fair queueing.","type":"string"},"MessageDeduplicationId":{"description":"FIFO queues only.","type":"string"},"AWSTraceHeader":{"description":"X-Ray trace header, when tracing is on.","type":"string"},"DeadLetterQueueSourceArn":{"description":"Present on messages read from a dead-letter queue.","type":"string"}},"additionalProperties":{"type":"string"}},"SqsMessageAttribute":{"title":"SqsMessageAttribute","description":"One message attribute as the Lambda SQS event spells it.","type":"object","required":["dataType"],"properties":{"dataType":{"description":"String, Number or Binary, optionally with a custom label (Number.int, Binary.png).","type":"string","pattern":"^(String|Number|Binary)(\\..+)?$"},"stringValue":{"type":"string"},"binaryValue":{"description":"Base64; null when the attribute is not binary (seen in AWS fixtures).","type":["string","null"]},"stringListValues":{"description":"Reserved by SQS; empty in practice.","type":"array","items":{"type":"string"}},"binaryListValues":{"description":"Reserved by SQS; empty in practice.","type":"array","items":{"type":"string"}}}}}};
const schema41 = {"title":"SqsRecordAttributes","description":"System attributes. Every value is a string; timestamps are epoch milliseconds as strings.","type":"object","required":["ApproximateReceiveCount","SentTimestamp","SenderId","ApproximateFirstReceiveTimestamp"],"properties":{"ApproximateReceiveCount":{"type":"string","pattern":"^[0-9]+$"},"SentTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SenderId":{"type":"string"},"ApproximateFirstReceiveTimestamp":{"type":"string","pattern":"^[0-9]+$"},"SequenceNumber":{"description":"FIFO queues only.","type":"string"},"MessageGroupId":{"description":"FIFO queues, and standard queues with fair queueing.","type":"string"},"MessageDeduplicationId":{"description":"FIFO queues only.","type":"string"},"AWSTraceHeader":{"description":"X-Ray trace header, when tracing is on.","type":"string"},"DeadLetterQueueSourceArn":{"description":"Present on messages read from a dead-letter queue.","type":"string"}},"additionalProperties":{"type":"string"}};
const schema42 = {"title":"SqsMessageAttribute","description":"One message attribute as the Lambda SQS event spells it.","type":"object","required":["dataType"],"properties":{"dataType":{"description":"String, Number or Binary, optionally with a custom label (Number.int, Binary.png).","type":"string","pattern":"^(String|Number|Binary)(\\..+)?$"},"stringValue":{"type":"string"},"binaryValue":{"description":"Base64; null when the attribute is not binary (seen in AWS fixtures).","type":["string","null"]},"stringListValues":{"description":"Reserved by SQS; empty in practice.","type":"array","items":{"type":"string"}},"binaryListValues":{"description":"Reserved by SQS; empty in practice.","type":"array","items":{"type":"string"}}}};
const func4 = Object.prototype.hasOwnProperty;
const pattern8 = new RegExp("^(String|Number|Binary)(\\..+)?$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sqs-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
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
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.messageId !== undefined){
let data0 = data.messageId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate27.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.receiptHandle !== undefined){
const _errs4 = errors;
if(typeof data.receiptHandle !== "string"){
validate27.errors = [{instancePath:instancePath+"/receiptHandle",schemaPath:"#/properties/receiptHandle/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs6 = errors;
if(typeof data.body !== "string"){
validate27.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attributes !== undefined){
let data3 = data.attributes;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((((data3.ApproximateReceiveCount === undefined) && (missing1 = "ApproximateReceiveCount")) || ((data3.SentTimestamp === undefined) && (missing1 = "SentTimestamp"))) || ((data3.SenderId === undefined) && (missing1 = "SenderId"))) || ((data3.ApproximateFirstReceiveTimestamp === undefined) && (missing1 = "ApproximateFirstReceiveTimestamp"))){
validate27.errors = [{instancePath:instancePath+"/attributes",schemaPath:"#/$defs/SqsRecordAttributes/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key0 in data3){
if(!(func4.call(schema41.properties, key0))){
const _errs12 = errors;
if(typeof data3[key0] !== "string"){
validate27.errors = [{instancePath:instancePath+"/attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/SqsRecordAttributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
if(_errs11 === errors){
if(data3.ApproximateReceiveCount !== undefined){
let data5 = data3.ApproximateReceiveCount;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate27.errors = [{instancePath:instancePath+"/attributes/ApproximateReceiveCount",schemaPath:"#/$defs/SqsRecordAttributes/properties/ApproximateReceiveCount/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/attributes/ApproximateReceiveCount",schemaPath:"#/$defs/SqsRecordAttributes/properties/ApproximateReceiveCount/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.SentTimestamp !== undefined){
let data6 = data3.SentTimestamp;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate27.errors = [{instancePath:instancePath+"/attributes/SentTimestamp",schemaPath:"#/$defs/SqsRecordAttributes/properties/SentTimestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/attributes/SentTimestamp",schemaPath:"#/$defs/SqsRecordAttributes/properties/SentTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.SenderId !== undefined){
const _errs18 = errors;
if(typeof data3.SenderId !== "string"){
validate27.errors = [{instancePath:instancePath+"/attributes/SenderId",schemaPath:"#/$defs/SqsRecordAttributes/properties/SenderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.ApproximateFirstReceiveTimestamp !== undefined){
let data8 = data3.ApproximateFirstReceiveTimestamp;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
validate27.errors = [{instancePath:instancePath+"/attributes/ApproximateFirstReceiveTimestamp",schemaPath:"#/$defs/SqsRecordAttributes/properties/ApproximateFirstReceiveTimestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/attributes/ApproximateFirstReceiveTimestamp",schemaPath:"#/$defs/SqsRecordAttributes/properties/ApproximateFirstReceiveTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.SequenceNumber !== undefined){
const _errs22 = errors;
if(typeof data3.SequenceNumber !== "string"){
validate27.errors = [{instancePath:instancePath+"/attributes/SequenceNumber",schemaPath:"#/$defs/SqsRecordAttributes/properties/SequenceNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.MessageGroupId !== undefined){
const _errs24 = errors;
if(typeof data3.MessageGroupId !== "string"){
validate27.errors = [{instancePath:instancePath+"/attributes/MessageGroupId",schemaPath:"#/$defs/SqsRecordAttributes/properties/MessageGroupId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.MessageDeduplicationId !== undefined){
const _errs26 = errors;
if(typeof data3.MessageDeduplicationId !== "string"){
validate27.errors = [{instancePath:instancePath+"/attributes/MessageDeduplicationId",schemaPath:"#/$defs/SqsRecordAttributes/properties/MessageDeduplicationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.AWSTraceHeader !== undefined){
const _errs28 = errors;
if(typeof data3.AWSTraceHeader !== "string"){
validate27.errors = [{instancePath:instancePath+"/attributes/AWSTraceHeader",schemaPath:"#/$defs/SqsRecordAttributes/properties/AWSTraceHeader/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.DeadLetterQueueSourceArn !== undefined){
const _errs30 = errors;
if(typeof data3.DeadLetterQueueSourceArn !== "string"){
validate27.errors = [{instancePath:instancePath+"/attributes/DeadLetterQueueSourceArn",schemaPath:"#/$defs/SqsRecordAttributes/properties/DeadLetterQueueSourceArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs30 === errors;
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
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/attributes",schemaPath:"#/$defs/SqsRecordAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageAttributes !== undefined){
let data14 = data.messageAttributes;
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key1 in data14){
let data15 = data14[key1];
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing2;
if((data15.dataType === undefined) && (missing2 = "dataType")){
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/SqsMessageAttribute/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data15.dataType !== undefined){
let data16 = data15.dataType;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data16 === "string"){
if(!pattern8.test(data16)){
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/dataType",schemaPath:"#/$defs/SqsMessageAttribute/properties/dataType/pattern",keyword:"pattern",params:{pattern: "^(String|Number|Binary)(\\..+)?$"},message:"must match pattern \""+"^(String|Number|Binary)(\\..+)?$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/dataType",schemaPath:"#/$defs/SqsMessageAttribute/properties/dataType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data15.stringValue !== undefined){
const _errs40 = errors;
if(typeof data15.stringValue !== "string"){
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/stringValue",schemaPath:"#/$defs/SqsMessageAttribute/properties/stringValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data15.binaryValue !== undefined){
let data18 = data15.binaryValue;
const _errs42 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/binaryValue",schemaPath:"#/$defs/SqsMessageAttribute/properties/binaryValue/type",keyword:"type",params:{type: schema42.properties.binaryValue.type},message:"must be string,null"}];
return false;
}
var valid6 = _errs42 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data15.stringListValues !== undefined){
let data19 = data15.stringListValues;
const _errs44 = errors;
if(errors === _errs44){
if(Array.isArray(data19)){
var valid7 = true;
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
const _errs46 = errors;
if(typeof data19[i0] !== "string"){
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/stringListValues/" + i0,schemaPath:"#/$defs/SqsMessageAttribute/properties/stringListValues/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs46 === errors;
if(!valid7){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/stringListValues",schemaPath:"#/$defs/SqsMessageAttribute/properties/stringListValues/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs44 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data15.binaryListValues !== undefined){
let data21 = data15.binaryListValues;
const _errs48 = errors;
if(errors === _errs48){
if(Array.isArray(data21)){
var valid8 = true;
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
const _errs50 = errors;
if(typeof data21[i1] !== "string"){
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/binaryListValues/" + i1,schemaPath:"#/$defs/SqsMessageAttribute/properties/binaryListValues/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs50 === errors;
if(!valid8){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/binaryListValues",schemaPath:"#/$defs/SqsMessageAttribute/properties/binaryListValues/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs48 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/messageAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/SqsMessageAttribute/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs35 === errors;
if(!valid4){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/messageAttributes",schemaPath:"#/properties/messageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.md5OfMessageAttributes !== undefined){
let data23 = data.md5OfMessageAttributes;
const _errs52 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
validate27.errors = [{instancePath:instancePath+"/md5OfMessageAttributes",schemaPath:"#/properties/md5OfMessageAttributes/type",keyword:"type",params:{type: schema40.properties.md5OfMessageAttributes.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.md5OfBody !== undefined){
const _errs54 = errors;
if(typeof data.md5OfBody !== "string"){
validate27.errors = [{instancePath:instancePath+"/md5OfBody",schemaPath:"#/properties/md5OfBody/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eventSource !== undefined){
const _errs56 = errors;
if("aws:sqs" !== data.eventSource){
validate27.errors = [{instancePath:instancePath+"/eventSource",schemaPath:"#/properties/eventSource/const",keyword:"const",params:{allowedValue: "aws:sqs"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eventSourceARN !== undefined){
const _errs57 = errors;
if(typeof data.eventSourceARN !== "string"){
validate27.errors = [{instancePath:instancePath+"/eventSourceARN",schemaPath:"#/properties/eventSourceARN/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.awsRegion !== undefined){
const _errs59 = errors;
if(typeof data.awsRegion !== "string"){
validate27.errors = [{instancePath:instancePath+"/awsRegion",schemaPath:"#/properties/awsRegion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs59 === errors;
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
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"messageId":true,"receiptHandle":true,"body":true,"attributes":true,"messageAttributes":true,"md5OfMessageAttributes":true,"md5OfBody":true,"eventSource":true,"eventSourceARN":true,"awsRegion":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/aws/sqs-event.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
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
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.Records !== undefined){
let data0 = data.Records;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 10000){
validate26.errors = [{instancePath:instancePath+"/Records",schemaPath:"#/properties/Records/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
if(data0.length < 1){
validate26.errors = [{instancePath:instancePath+"/Records",schemaPath:"#/properties/Records/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate27(data0[i0], {instancePath:instancePath+"/Records/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/Records",schemaPath:"#/properties/Records/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"Records":true},"dynamicProps":false,"dynamicItems":false};

exports.validateSqsRecord = validate27;

exports.validateOrderFailureDestinationRecord = validate29;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/destination/order-failure-destination-record.v1.schema.json","title":"OrderFailureDestinationRecord","description":"The OnFailure record Lambda delivers to the failure topic after an asynchronous invocation of the processor failed (RetriesExhausted, EventAgeExceeded, or a condition AWS adds). requestPayload is any JSON: an invalid order is exactly what can land here. responsePayload is Lambda's error object; the processor's typed errors put their error code in errorType (OrderRejected.<CODE>). responseContext and responsePayload are optional: an event that expired before it ran may have neither.","version":"1.0.0","type":"object","required":["version","timestamp","requestContext"],"properties":{"version":{"type":"string","examples":["1.0"]},"timestamp":{"type":"string","format":"date-time"},"requestContext":{"title":"FailureRequestContext","type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"description":"Any condition but Success; known: RetriesExhausted, EventAgeExceeded.","type":"string","minLength":1,"not":{"const":"Success"},"examples":["RetriesExhausted","EventAgeExceeded"]},"approximateInvokeCount":{"type":"integer","minimum":1}}},"requestPayload":{"description":"The invocation's payload, verbatim (any JSON)."},"responseContext":{"$ref":"../aws/lambda-destination-record.v1.schema.json#/$defs/DestinationResponseContext"},"responsePayload":{"$ref":"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload"}}};
const schema45 = {"title":"LambdaErrorPayload","description":"The runtime's error object in a failure record's responsePayload. Node: errorType, errorMessage, stackTrace (trace on old runtimes); Python adds requestId; a crash or time-out has errorMessage only.","type":"object","required":["errorMessage"],"properties":{"errorType":{"type":"string"},"errorMessage":{"type":"string"},"stackTrace":{"type":"array","items":{"type":"string"}},"trace":{"type":"array","items":{"type":"string"}},"requestId":{"type":"string"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/destination/order-failure-destination-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
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
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.version !== undefined){
const _errs2 = errors;
if(typeof data.version !== "string"){
validate29.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
validate29.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestContext !== undefined){
let data2 = data.requestContext;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((data2.requestId === undefined) && (missing1 = "requestId")) || ((data2.functionArn === undefined) && (missing1 = "functionArn"))) || ((data2.condition === undefined) && (missing1 = "condition"))) || ((data2.approximateInvokeCount === undefined) && (missing1 = "approximateInvokeCount"))){
validate29.errors = [{instancePath:instancePath+"/requestContext",schemaPath:"#/properties/requestContext/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.requestId !== undefined){
const _errs8 = errors;
if(typeof data2.requestId !== "string"){
validate29.errors = [{instancePath:instancePath+"/requestContext/requestId",schemaPath:"#/properties/requestContext/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.functionArn !== undefined){
const _errs10 = errors;
if(typeof data2.functionArn !== "string"){
validate29.errors = [{instancePath:instancePath+"/requestContext/functionArn",schemaPath:"#/properties/requestContext/properties/functionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.condition !== undefined){
let data5 = data2.condition;
const _errs12 = errors;
const _errs14 = errors;
const _errs15 = errors;
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
var valid2 = _errs15 === errors;
if(valid2){
validate29.errors = [{instancePath:instancePath+"/requestContext/condition",schemaPath:"#/properties/requestContext/properties/condition/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(errors === _errs12){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate29.errors = [{instancePath:instancePath+"/requestContext/condition",schemaPath:"#/properties/requestContext/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/requestContext/condition",schemaPath:"#/properties/requestContext/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.approximateInvokeCount !== undefined){
let data6 = data2.approximateInvokeCount;
const _errs16 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate29.errors = [{instancePath:instancePath+"/requestContext/approximateInvokeCount",schemaPath:"#/properties/requestContext/properties/approximateInvokeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate29.errors = [{instancePath:instancePath+"/requestContext/approximateInvokeCount",schemaPath:"#/properties/requestContext/properties/approximateInvokeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid1 = _errs16 === errors;
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
validate29.errors = [{instancePath:instancePath+"/requestContext",schemaPath:"#/properties/requestContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseContext !== undefined){
let data7 = data.responseContext;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if(((data7.statusCode === undefined) && (missing2 = "statusCode")) || ((data7.executedVersion === undefined) && (missing2 = "executedVersion"))){
validate29.errors = [{instancePath:instancePath+"/responseContext",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/DestinationResponseContext/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data7.statusCode !== undefined){
let data8 = data7.statusCode;
const _errs21 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate29.errors = [{instancePath:instancePath+"/responseContext/statusCode",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/DestinationResponseContext/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data7.executedVersion !== undefined){
const _errs23 = errors;
if(typeof data7.executedVersion !== "string"){
validate29.errors = [{instancePath:instancePath+"/responseContext/executedVersion",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/DestinationResponseContext/properties/executedVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data7.functionError !== undefined){
const _errs25 = errors;
if(typeof data7.functionError !== "string"){
validate29.errors = [{instancePath:instancePath+"/responseContext/functionError",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/DestinationResponseContext/properties/functionError/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/responseContext",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/DestinationResponseContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responsePayload !== undefined){
let data11 = data.responsePayload;
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((data11.errorMessage === undefined) && (missing3 = "errorMessage")){
validate29.errors = [{instancePath:instancePath+"/responsePayload",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data11.errorType !== undefined){
const _errs30 = errors;
if(typeof data11.errorType !== "string"){
validate29.errors = [{instancePath:instancePath+"/responsePayload/errorType",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/properties/errorType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.errorMessage !== undefined){
const _errs32 = errors;
if(typeof data11.errorMessage !== "string"){
validate29.errors = [{instancePath:instancePath+"/responsePayload/errorMessage",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/properties/errorMessage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs32 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.stackTrace !== undefined){
let data14 = data11.stackTrace;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data14)){
var valid7 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
const _errs36 = errors;
if(typeof data14[i0] !== "string"){
validate29.errors = [{instancePath:instancePath+"/responsePayload/stackTrace/" + i0,schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/properties/stackTrace/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs36 === errors;
if(!valid7){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/responsePayload/stackTrace",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/properties/stackTrace/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs34 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.trace !== undefined){
let data16 = data11.trace;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data16)){
var valid8 = true;
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
const _errs40 = errors;
if(typeof data16[i1] !== "string"){
validate29.errors = [{instancePath:instancePath+"/responsePayload/trace/" + i1,schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/properties/trace/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs40 === errors;
if(!valid8){
break;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/responsePayload/trace",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/properties/trace/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.requestId !== undefined){
const _errs42 = errors;
if(typeof data11.requestId !== "string"){
validate29.errors = [{instancePath:instancePath+"/responsePayload/requestId",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs42 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/responsePayload",schemaPath:"../aws/lambda-destination-record.v1.schema.json#/$defs/LambdaErrorPayload/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs27 === errors;
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
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"version":true,"timestamp":true,"requestContext":true,"requestPayload":true,"responseContext":true,"responsePayload":true},"dynamicProps":false,"dynamicItems":false};

exports.validateOrderSuccessDestinationRecord = validate30;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/destination/order-success-destination-record.v1.schema.json","title":"OrderSuccessDestinationRecord","description":"The OnSuccess record Lambda delivers to the success topic after an asynchronous invocation of the processor succeeded: requestPayload is the order, responsePayload the SUCCESS outcome the processor returned.","version":"1.0.0","type":"object","required":["version","timestamp","requestContext","requestPayload","responseContext","responsePayload"],"properties":{"version":{"type":"string","examples":["1.0"]},"timestamp":{"type":"string","format":"date-time"},"requestContext":{"title":"SuccessRequestContext","type":"object","required":["requestId","functionArn","condition","approximateInvokeCount"],"properties":{"requestId":{"type":"string"},"functionArn":{"type":"string"},"condition":{"const":"Success"},"approximateInvokeCount":{"type":"integer","minimum":1}}},"requestPayload":{"$ref":"../order/order-message.v1.schema.json"},"responseContext":{"title":"SuccessResponseContext","type":"object","required":["statusCode","executedVersion"],"properties":{"statusCode":{"type":"integer"},"executedVersion":{"type":"string"},"functionError":false},"description":"Success records carry no functionError."},"responsePayload":{"$ref":"../outcome/outcome-success.v1.schema.json"}}};
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/order/order-message.v1.schema.json","title":"OrderMessage","description":"An order submitted by a producer: the body of a message on the orders queue, and the payload of an asynchronous invocation of the processor. Strict: unknown fields are rejected, every string and array is bounded so hostile input fails early.","version":"1.0.0","type":"object","additionalProperties":false,"required":["order_id","customer_id","currency","line_items","submitted_at"],"properties":{"schema_version":{"description":"Major version of this contract. Optional for producers; when present it must be \"1\".","const":"1"},"order_id":{"description":"The producer's order identifier: 1 to 64 characters, letters, digits, '-' and '_', starting with a letter or digit.","type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"customer_id":{"description":"The customer placing the order: 1 to 64 characters, letters, digits, '-' and '_', starting with a letter or digit.","type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"currency":{"description":"ISO 4217 alphabetic currency code (three upper-case letters). Which currencies are accepted is a business rule of the processor.","type":"string","minLength":3,"maxLength":3,"pattern":"^[A-Z]{3}$"},"line_items":{"description":"What is ordered: 1 to 100 lines.","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/OrderLineItem"}},"submitted_at":{"description":"When the customer submitted the order: RFC 3339 date-time with a time zone.","type":"string","format":"date-time","maxLength":35},"correlation_id":{"description":"Optional id that ties this order to a producer's request; echoed on every outcome. 1 to 128 printable ASCII characters, no spaces.","type":"string","minLength":1,"maxLength":128,"pattern":"^[!-~]+$"}},"$defs":{"OrderLineItem":{"title":"OrderLineItem","description":"One line of an order.","type":"object","additionalProperties":false,"required":["sku","quantity","unit_price_minor"],"properties":{"sku":{"description":"Stock keeping unit: 1 to 32 characters, upper-case letters, digits and '-', starting with a letter or digit.","type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Z0-9][A-Z0-9-]*$"},"quantity":{"description":"How many units: an integer from 1 to 10,000.","type":"integer","minimum":1,"maximum":10000},"unit_price_minor":{"description":"Price of one unit in the currency's minor unit (cents for USD): an integer from 0 to 100,000,000. Never a float.","type":"integer","minimum":0,"maximum":100000000}}}}};
const schema48 = {"title":"OrderLineItem","description":"One line of an order.","type":"object","additionalProperties":false,"required":["sku","quantity","unit_price_minor"],"properties":{"sku":{"description":"Stock keeping unit: 1 to 32 characters, upper-case letters, digits and '-', starting with a letter or digit.","type":"string","minLength":1,"maxLength":32,"pattern":"^[A-Z0-9][A-Z0-9-]*$"},"quantity":{"description":"How many units: an integer from 1 to 10,000.","type":"integer","minimum":1,"maximum":10000},"unit_price_minor":{"description":"Price of one unit in the currency's minor unit (cents for USD): an integer from 0 to 100,000,000. Never a float.","type":"integer","minimum":0,"maximum":100000000}}};
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern11 = new RegExp("^[A-Z]{3}$", "u");
const pattern12 = new RegExp("^[A-Z0-9][A-Z0-9-]*$", "u");
const pattern13 = new RegExp("^[!-~]+$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/order/order-message.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
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
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((((((key0 === "schema_version") || (key0 === "order_id")) || (key0 === "customer_id")) || (key0 === "currency")) || (key0 === "line_items")) || (key0 === "submitted_at")) || (key0 === "correlation_id"))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.schema_version !== undefined){
const _errs3 = errors;
if("1" !== data.schema_version){
validate31.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order_id !== undefined){
let data1 = data.order_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 64){
validate31.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate31.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern9.test(data1)){
validate31.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.customer_id !== undefined){
let data2 = data.customer_id;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) > 64){
validate31.errors = [{instancePath:instancePath+"/customer_id",schemaPath:"#/properties/customer_id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate31.errors = [{instancePath:instancePath+"/customer_id",schemaPath:"#/properties/customer_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern9.test(data2)){
validate31.errors = [{instancePath:instancePath+"/customer_id",schemaPath:"#/properties/customer_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/customer_id",schemaPath:"#/properties/customer_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
let data3 = data.currency;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func1(data3) > 3){
validate31.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func1(data3) < 3){
validate31.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern11.test(data3)){
validate31.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line_items !== undefined){
let data4 = data.line_items;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
if(data4.length > 100){
validate31.errors = [{instancePath:instancePath+"/line_items",schemaPath:"#/properties/line_items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data4.length < 1){
validate31.errors = [{instancePath:instancePath+"/line_items",schemaPath:"#/properties/line_items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((((data5.sku === undefined) && (missing1 = "sku")) || ((data5.quantity === undefined) && (missing1 = "quantity"))) || ((data5.unit_price_minor === undefined) && (missing1 = "unit_price_minor"))){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0,schemaPath:"#/$defs/OrderLineItem/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key1 in data5){
if(!(((key1 === "sku") || (key1 === "quantity")) || (key1 === "unit_price_minor"))){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0,schemaPath:"#/$defs/OrderLineItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.sku !== undefined){
let data6 = data5.sku;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if(func1(data6) > 32){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/sku",schemaPath:"#/$defs/OrderLineItem/properties/sku/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func1(data6) < 1){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/sku",schemaPath:"#/$defs/OrderLineItem/properties/sku/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern12.test(data6)){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/sku",schemaPath:"#/$defs/OrderLineItem/properties/sku/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9][A-Z0-9-]*$"},message:"must match pattern \""+"^[A-Z0-9][A-Z0-9-]*$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/sku",schemaPath:"#/$defs/OrderLineItem/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.quantity !== undefined){
let data7 = data5.quantity;
const _errs18 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/quantity",schemaPath:"#/$defs/OrderLineItem/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10000 || isNaN(data7)){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/quantity",schemaPath:"#/$defs/OrderLineItem/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];
return false;
}
else {
if(data7 < 1 || isNaN(data7)){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/quantity",schemaPath:"#/$defs/OrderLineItem/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.unit_price_minor !== undefined){
let data8 = data5.unit_price_minor;
const _errs20 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/unit_price_minor",schemaPath:"#/$defs/OrderLineItem/properties/unit_price_minor/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100000000 || isNaN(data8)){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/unit_price_minor",schemaPath:"#/$defs/OrderLineItem/properties/unit_price_minor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];
return false;
}
else {
if(data8 < 0 || isNaN(data8)){
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0+"/unit_price_minor",schemaPath:"#/$defs/OrderLineItem/properties/unit_price_minor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/line_items/" + i0,schemaPath:"#/$defs/OrderLineItem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/line_items",schemaPath:"#/properties/line_items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.submitted_at !== undefined){
let data9 = data.submitted_at;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data9 === "string"){
if(func1(data9) > 35){
validate31.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!(formats0.validate(data9))){
validate31.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.correlation_id !== undefined){
let data10 = data.correlation_id;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(func1(data10) > 128){
validate31.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func1(data10) < 1){
validate31.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern13.test(data10)){
validate31.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]+$"},message:"must match pattern \""+"^[!-~]+$"+"\""}];
return false;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs24 === errors;
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
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-success.v1.schema.json","title":"OrderSuccessOutcome","description":"What the processor publishes to the success topic when an order is accepted. Keeps the seed message's fields (message_id, body, status). Open: consumers must accept fields added by newer producers. order holds the accepted order as validated.","version":"1.0.0","type":"object","required":["schema_version","message_type","outcome_id","message_id","body","status","processed_at","source","order","order_total_minor"],"properties":{"schema_version":{"description":"Major version of the outcome contract.","const":"1"},"message_type":{"description":"Always \"order.outcome\"; tells an outcome apart from a Lambda destination record on the same topic.","const":"order.outcome"},"outcome_id":{"description":"Deterministic id of this outcome (UUID v5 of the input's source and message id): a redelivered input yields the same outcome_id, so consumers deduplicate on it.","type":"string","format":"uuid"},"message_id":{"description":"Id of the input: the SQS messageId, or the request id of an asynchronous invocation. Same name and meaning as in the seed handler.","type":"string"},"status":{"description":"Seed field: SUCCESS.","const":"SUCCESS"},"order":{"$ref":"../order/order-message.v1.schema.json"},"order_total_minor":{"description":"Sum of quantity x unit_price_minor over the lines, in minor units.","type":"integer","minimum":0},"body":{"description":"The input body as received (seed field). When the body is too large to echo, this is empty, body_truncated is true and body_bytes and body_sha256 describe it.","type":"string"},"body_truncated":{"description":"True when body was too large to echo and was omitted.","type":"boolean"},"body_bytes":{"description":"Length of the original body in UTF-8 bytes (set when body_truncated).","type":"integer","minimum":0},"body_sha256":{"description":"Lower-case hex SHA-256 of the original body's UTF-8 bytes (set when body_truncated).","type":"string","pattern":"^[0-9a-f]{64}$"},"order_id":{"description":"The order's id, when the body was readable enough to tell.","type":"string"},"correlation_id":{"description":"The order's correlation_id, when it had one.","type":"string"},"processed_at":{"description":"When the processor decided the outcome (RFC 3339, UTC).","type":"string","format":"date-time"},"source":{"$ref":"outcome-common.v1.schema.json#/$defs/OutcomeSource"}}};
const formats12 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const schema51 = {"title":"OutcomeSource","description":"Where the processed input came from.","oneOf":[{"$ref":"#/$defs/SqsOutcomeSource"},{"$ref":"#/$defs/AsyncInvocationOutcomeSource"}]};
const schema52 = {"title":"SqsOutcomeSource","description":"The input was a record of an SQS batch.","type":"object","required":["kind","queue_arn","receive_count"],"properties":{"kind":{"const":"sqs"},"queue_arn":{"description":"The record's eventSourceARN.","type":"string"},"receive_count":{"description":"ApproximateReceiveCount when processed: 1 on first delivery.","type":"integer","minimum":1}}};
const schema53 = {"title":"AsyncInvocationOutcomeSource","description":"The input was the payload of an asynchronous invocation (InvocationType Event).","type":"object","required":["kind","request_id"],"properties":{"kind":{"const":"async_invocation"},"request_id":{"description":"The invocation's AWS request id (the destination record's requestContext.requestId).","type":"string"},"function_arn":{"description":"The invoked function ARN, when known.","type":"string"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
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
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.kind === undefined) && (missing0 = "kind")) || ((data.queue_arn === undefined) && (missing0 = "queue_arn"))) || ((data.receive_count === undefined) && (missing0 = "receive_count"))){
const err0 = {instancePath,schemaPath:"#/$defs/SqsOutcomeSource/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
const _errs4 = errors;
if("sqs" !== data.kind){
const err1 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/SqsOutcomeSource/properties/kind/const",keyword:"const",params:{allowedValue: "sqs"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.queue_arn !== undefined){
const _errs5 = errors;
if(typeof data.queue_arn !== "string"){
const err2 = {instancePath:instancePath+"/queue_arn",schemaPath:"#/$defs/SqsOutcomeSource/properties/queue_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.receive_count !== undefined){
let data2 = data.receive_count;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/receive_count",schemaPath:"#/$defs/SqsOutcomeSource/properties/receive_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/receive_count",schemaPath:"#/$defs/SqsOutcomeSource/properties/receive_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/SqsOutcomeSource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
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
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.kind === undefined) && (missing1 = "kind")) || ((data.request_id === undefined) && (missing1 = "request_id"))){
const err6 = {instancePath,schemaPath:"#/$defs/AsyncInvocationOutcomeSource/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.kind !== undefined){
const _errs12 = errors;
if("async_invocation" !== data.kind){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/AsyncInvocationOutcomeSource/properties/kind/const",keyword:"const",params:{allowedValue: "async_invocation"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.request_id !== undefined){
const _errs13 = errors;
if(typeof data.request_id !== "string"){
const err8 = {instancePath:instancePath+"/request_id",schemaPath:"#/$defs/AsyncInvocationOutcomeSource/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.function_arn !== undefined){
const _errs15 = errors;
if(typeof data.function_arn !== "string"){
const err9 = {instancePath:instancePath+"/function_arn",schemaPath:"#/$defs/AsyncInvocationOutcomeSource/properties/function_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/AsyncInvocationOutcomeSource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
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
const err11 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate36.errors = vErrors;
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
validate36.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate36.evaluated = {"dynamicProps":true,"dynamicItems":false};

const pattern14 = new RegExp("^[0-9a-f]{64}$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/outcome-success.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.schema_version === undefined) && (missing0 = "schema_version")) || ((data.message_type === undefined) && (missing0 = "message_type"))) || ((data.outcome_id === undefined) && (missing0 = "outcome_id"))) || ((data.message_id === undefined) && (missing0 = "message_id"))) || ((data.body === undefined) && (missing0 = "body"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.processed_at === undefined) && (missing0 = "processed_at"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.order === undefined) && (missing0 = "order"))) || ((data.order_total_minor === undefined) && (missing0 = "order_total_minor"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.schema_version !== undefined){
const _errs2 = errors;
if("1" !== data.schema_version){
validate33.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message_type !== undefined){
const _errs3 = errors;
if("order.outcome" !== data.message_type){
validate33.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/const",keyword:"const",params:{allowedValue: "order.outcome"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outcome_id !== undefined){
let data2 = data.outcome_id;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data2 === "string"){
if(!(formats12.test(data2))){
validate33.errors = [{instancePath:instancePath+"/outcome_id",schemaPath:"#/properties/outcome_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/outcome_id",schemaPath:"#/properties/outcome_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message_id !== undefined){
const _errs6 = errors;
if(typeof data.message_id !== "string"){
validate33.errors = [{instancePath:instancePath+"/message_id",schemaPath:"#/properties/message_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs8 = errors;
if("SUCCESS" !== data.status){
validate33.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "SUCCESS"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
const _errs9 = errors;
if(!(validate31(data.order, {instancePath:instancePath+"/order",parentData:data,parentDataProperty:"order",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order_total_minor !== undefined){
let data6 = data.order_total_minor;
const _errs10 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate33.errors = [{instancePath:instancePath+"/order_total_minor",schemaPath:"#/properties/order_total_minor/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate33.errors = [{instancePath:instancePath+"/order_total_minor",schemaPath:"#/properties/order_total_minor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.body !== undefined){
const _errs12 = errors;
if(typeof data.body !== "string"){
validate33.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_truncated !== undefined){
const _errs14 = errors;
if(typeof data.body_truncated !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/body_truncated",schemaPath:"#/properties/body_truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_bytes !== undefined){
let data9 = data.body_bytes;
const _errs16 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate33.errors = [{instancePath:instancePath+"/body_bytes",schemaPath:"#/properties/body_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate33.errors = [{instancePath:instancePath+"/body_bytes",schemaPath:"#/properties/body_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_sha256 !== undefined){
let data10 = data.body_sha256;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data10 === "string"){
if(!pattern14.test(data10)){
validate33.errors = [{instancePath:instancePath+"/body_sha256",schemaPath:"#/properties/body_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/body_sha256",schemaPath:"#/properties/body_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order_id !== undefined){
const _errs20 = errors;
if(typeof data.order_id !== "string"){
validate33.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.correlation_id !== undefined){
const _errs22 = errors;
if(typeof data.correlation_id !== "string"){
validate33.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.processed_at !== undefined){
let data13 = data.processed_at;
const _errs24 = errors;
if(errors === _errs24){
if(errors === _errs24){
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
validate33.errors = [{instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
const _errs26 = errors;
if(!(validate36(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
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
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"schema_version":true,"message_type":true,"outcome_id":true,"message_id":true,"status":true,"order":true,"order_total_minor":true,"body":true,"body_truncated":true,"body_bytes":true,"body_sha256":true,"order_id":true,"correlation_id":true,"processed_at":true,"source":true},"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/destination/order-success-destination-record.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
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
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.version !== undefined){
const _errs2 = errors;
if(typeof data.version !== "string"){
validate30.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
validate30.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestContext !== undefined){
let data2 = data.requestContext;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((data2.requestId === undefined) && (missing1 = "requestId")) || ((data2.functionArn === undefined) && (missing1 = "functionArn"))) || ((data2.condition === undefined) && (missing1 = "condition"))) || ((data2.approximateInvokeCount === undefined) && (missing1 = "approximateInvokeCount"))){
validate30.errors = [{instancePath:instancePath+"/requestContext",schemaPath:"#/properties/requestContext/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.requestId !== undefined){
const _errs8 = errors;
if(typeof data2.requestId !== "string"){
validate30.errors = [{instancePath:instancePath+"/requestContext/requestId",schemaPath:"#/properties/requestContext/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.functionArn !== undefined){
const _errs10 = errors;
if(typeof data2.functionArn !== "string"){
validate30.errors = [{instancePath:instancePath+"/requestContext/functionArn",schemaPath:"#/properties/requestContext/properties/functionArn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.condition !== undefined){
const _errs12 = errors;
if("Success" !== data2.condition){
validate30.errors = [{instancePath:instancePath+"/requestContext/condition",schemaPath:"#/properties/requestContext/properties/condition/const",keyword:"const",params:{allowedValue: "Success"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.approximateInvokeCount !== undefined){
let data6 = data2.approximateInvokeCount;
const _errs13 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate30.errors = [{instancePath:instancePath+"/requestContext/approximateInvokeCount",schemaPath:"#/properties/requestContext/properties/approximateInvokeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate30.errors = [{instancePath:instancePath+"/requestContext/approximateInvokeCount",schemaPath:"#/properties/requestContext/properties/approximateInvokeCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid1 = _errs13 === errors;
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
validate30.errors = [{instancePath:instancePath+"/requestContext",schemaPath:"#/properties/requestContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestPayload !== undefined){
const _errs15 = errors;
if(!(validate31(data.requestPayload, {instancePath:instancePath+"/requestPayload",parentData:data,parentDataProperty:"requestPayload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responseContext !== undefined){
let data8 = data.responseContext;
const _errs16 = errors;
if(errors === _errs16){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if(((data8.statusCode === undefined) && (missing2 = "statusCode")) || ((data8.executedVersion === undefined) && (missing2 = "executedVersion"))){
validate30.errors = [{instancePath:instancePath+"/responseContext",schemaPath:"#/properties/responseContext/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data8.statusCode !== undefined){
let data9 = data8.statusCode;
const _errs18 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate30.errors = [{instancePath:instancePath+"/responseContext/statusCode",schemaPath:"#/properties/responseContext/properties/statusCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.executedVersion !== undefined){
const _errs20 = errors;
if(typeof data8.executedVersion !== "string"){
validate30.errors = [{instancePath:instancePath+"/responseContext/executedVersion",schemaPath:"#/properties/responseContext/properties/executedVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.functionError !== undefined){
var valid2 = false;
validate30.errors = [{instancePath:instancePath+"/responseContext/functionError",schemaPath:"#/properties/responseContext/properties/functionError/false schema",keyword:"false schema",params:{},message:"boolean schema is false"}];
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
validate30.errors = [{instancePath:instancePath+"/responseContext",schemaPath:"#/properties/responseContext/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responsePayload !== undefined){
const _errs22 = errors;
if(!(validate33(data.responsePayload, {instancePath:instancePath+"/responsePayload",parentData:data,parentDataProperty:"responsePayload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
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
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"version":true,"timestamp":true,"requestContext":true,"requestPayload":true,"responseContext":true,"responsePayload":true},"dynamicProps":false,"dynamicItems":false};

exports.validateOrderMessage = validate31;

exports.validateOrderOutcome = validate39;
const schema54 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/order-outcome.v1.schema.json","title":"OrderOutcome","description":"An outcome message the processor publishes: SUCCESS or FAILURE, told apart by status.","version":"1.0.0","type":"object","discriminator":{"propertyName":"status"},"oneOf":[{"$ref":"outcome-success.v1.schema.json"},{"$ref":"outcome-failure.v1.schema.json"}]};
const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-failure.v1.schema.json","title":"OrderFailureOutcome","description":"What the processor publishes to the failure topic when an order is rejected. Keeps the seed message's fields (message_id, body, error, status). Open: consumers must accept fields added by newer producers.","version":"1.0.0","type":"object","required":["schema_version","message_type","outcome_id","message_id","body","status","processed_at","source","error","error_code","retryable"],"properties":{"schema_version":{"description":"Major version of the outcome contract.","const":"1"},"message_type":{"description":"Always \"order.outcome\"; tells an outcome apart from a Lambda destination record on the same topic.","const":"order.outcome"},"outcome_id":{"description":"Deterministic id of this outcome (UUID v5 of the input's source and message id): a redelivered input yields the same outcome_id, so consumers deduplicate on it.","type":"string","format":"uuid"},"message_id":{"description":"Id of the input: the SQS messageId, or the request id of an asynchronous invocation. Same name and meaning as in the seed handler.","type":"string"},"status":{"description":"Seed field: FAILURE.","const":"FAILURE"},"error":{"description":"Seed field: readable reason for the failure.","type":"string"},"error_code":{"$ref":"outcome-common.v1.schema.json#/$defs/ErrorCode"},"retryable":{"description":"True when sending the same input again later may succeed (only INTERNAL_ERROR).","type":"boolean"},"validation_errors":{"description":"Details of a SCHEMA_VIOLATION or a rule rejection: at most 20.","type":"array","maxItems":20,"items":{"$ref":"outcome-common.v1.schema.json#/$defs/ValidationIssue"}},"body":{"description":"The input body as received (seed field). When the body is too large to echo, this is empty, body_truncated is true and body_bytes and body_sha256 describe it.","type":"string"},"body_truncated":{"description":"True when body was too large to echo and was omitted.","type":"boolean"},"body_bytes":{"description":"Length of the original body in UTF-8 bytes (set when body_truncated).","type":"integer","minimum":0},"body_sha256":{"description":"Lower-case hex SHA-256 of the original body's UTF-8 bytes (set when body_truncated).","type":"string","pattern":"^[0-9a-f]{64}$"},"order_id":{"description":"The order's id, when the body was readable enough to tell.","type":"string"},"correlation_id":{"description":"The order's correlation_id, when it had one.","type":"string"},"processed_at":{"description":"When the processor decided the outcome (RFC 3339, UTC).","type":"string","format":"date-time"},"source":{"$ref":"outcome-common.v1.schema.json#/$defs/OutcomeSource"}}};
const schema56 = {"title":"ErrorCode","description":"Why an order failed. Closed list: INVALID_JSON (body is not JSON), BODY_TOO_LARGE (body over the size limit, not parsed), SCHEMA_VIOLATION (JSON that does not match the order schema), UNSUPPORTED_CURRENCY (currency not accepted by configuration), DUPLICATE_SKU (the same SKU on two lines), TOO_MANY_ITEMS (more lines than configured), QUANTITY_LIMIT_EXCEEDED (more units in total than configured), ORDER_TOTAL_LIMIT_EXCEEDED (total above the configured maximum), SUBMITTED_IN_FUTURE (submitted_at later than processing time plus allowed clock skew), INTERNAL_ERROR (the processor failed unexpectedly; the only retryable code).","type":"string","enum":["INVALID_JSON","BODY_TOO_LARGE","SCHEMA_VIOLATION","UNSUPPORTED_CURRENCY","DUPLICATE_SKU","TOO_MANY_ITEMS","QUANTITY_LIMIT_EXCEEDED","ORDER_TOTAL_LIMIT_EXCEEDED","SUBMITTED_IN_FUTURE","INTERNAL_ERROR"]};
const schema57 = {"title":"ValidationIssue","description":"One reason the input failed validation.","type":"object","required":["pointer","message"],"properties":{"pointer":{"description":"JSON pointer (RFC 6901) into the input; \"\" is the whole document.","type":"string"},"message":{"description":"Readable explanation.","type":"string"}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
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
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.kind === undefined) && (missing0 = "kind")) || ((data.queue_arn === undefined) && (missing0 = "queue_arn"))) || ((data.receive_count === undefined) && (missing0 = "receive_count"))){
const err0 = {instancePath,schemaPath:"#/$defs/SqsOutcomeSource/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
const _errs4 = errors;
if("sqs" !== data.kind){
const err1 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/SqsOutcomeSource/properties/kind/const",keyword:"const",params:{allowedValue: "sqs"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.queue_arn !== undefined){
const _errs5 = errors;
if(typeof data.queue_arn !== "string"){
const err2 = {instancePath:instancePath+"/queue_arn",schemaPath:"#/$defs/SqsOutcomeSource/properties/queue_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.receive_count !== undefined){
let data2 = data.receive_count;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/receive_count",schemaPath:"#/$defs/SqsOutcomeSource/properties/receive_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/receive_count",schemaPath:"#/$defs/SqsOutcomeSource/properties/receive_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/SqsOutcomeSource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
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
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.kind === undefined) && (missing1 = "kind")) || ((data.request_id === undefined) && (missing1 = "request_id"))){
const err6 = {instancePath,schemaPath:"#/$defs/AsyncInvocationOutcomeSource/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.kind !== undefined){
const _errs12 = errors;
if("async_invocation" !== data.kind){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/AsyncInvocationOutcomeSource/properties/kind/const",keyword:"const",params:{allowedValue: "async_invocation"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.request_id !== undefined){
const _errs13 = errors;
if(typeof data.request_id !== "string"){
const err8 = {instancePath:instancePath+"/request_id",schemaPath:"#/$defs/AsyncInvocationOutcomeSource/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.function_arn !== undefined){
const _errs15 = errors;
if(typeof data.function_arn !== "string"){
const err9 = {instancePath:instancePath+"/function_arn",schemaPath:"#/$defs/AsyncInvocationOutcomeSource/properties/function_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/AsyncInvocationOutcomeSource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
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
const err11 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate41.errors = vErrors;
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
validate41.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate41.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/outcome-failure.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.schema_version === undefined) && (missing0 = "schema_version")) || ((data.message_type === undefined) && (missing0 = "message_type"))) || ((data.outcome_id === undefined) && (missing0 = "outcome_id"))) || ((data.message_id === undefined) && (missing0 = "message_id"))) || ((data.body === undefined) && (missing0 = "body"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.processed_at === undefined) && (missing0 = "processed_at"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.error === undefined) && (missing0 = "error"))) || ((data.error_code === undefined) && (missing0 = "error_code"))) || ((data.retryable === undefined) && (missing0 = "retryable"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.schema_version !== undefined){
const _errs2 = errors;
if("1" !== data.schema_version){
validate40.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message_type !== undefined){
const _errs3 = errors;
if("order.outcome" !== data.message_type){
validate40.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/const",keyword:"const",params:{allowedValue: "order.outcome"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outcome_id !== undefined){
let data2 = data.outcome_id;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data2 === "string"){
if(!(formats12.test(data2))){
validate40.errors = [{instancePath:instancePath+"/outcome_id",schemaPath:"#/properties/outcome_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/outcome_id",schemaPath:"#/properties/outcome_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message_id !== undefined){
const _errs6 = errors;
if(typeof data.message_id !== "string"){
validate40.errors = [{instancePath:instancePath+"/message_id",schemaPath:"#/properties/message_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs8 = errors;
if("FAILURE" !== data.status){
validate40.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "FAILURE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
const _errs9 = errors;
if(typeof data.error !== "string"){
validate40.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_code !== undefined){
let data6 = data.error_code;
const _errs11 = errors;
if(typeof data6 !== "string"){
validate40.errors = [{instancePath:instancePath+"/error_code",schemaPath:"outcome-common.v1.schema.json#/$defs/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data6 === "INVALID_JSON") || (data6 === "BODY_TOO_LARGE")) || (data6 === "SCHEMA_VIOLATION")) || (data6 === "UNSUPPORTED_CURRENCY")) || (data6 === "DUPLICATE_SKU")) || (data6 === "TOO_MANY_ITEMS")) || (data6 === "QUANTITY_LIMIT_EXCEEDED")) || (data6 === "ORDER_TOTAL_LIMIT_EXCEEDED")) || (data6 === "SUBMITTED_IN_FUTURE")) || (data6 === "INTERNAL_ERROR"))){
validate40.errors = [{instancePath:instancePath+"/error_code",schemaPath:"outcome-common.v1.schema.json#/$defs/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retryable !== undefined){
const _errs14 = errors;
if(typeof data.retryable !== "boolean"){
validate40.errors = [{instancePath:instancePath+"/retryable",schemaPath:"#/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validation_errors !== undefined){
let data8 = data.validation_errors;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data8)){
if(data8.length > 20){
validate40.errors = [{instancePath:instancePath+"/validation_errors",schemaPath:"#/properties/validation_errors/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing1;
if(((data9.pointer === undefined) && (missing1 = "pointer")) || ((data9.message === undefined) && (missing1 = "message"))){
validate40.errors = [{instancePath:instancePath+"/validation_errors/" + i0,schemaPath:"outcome-common.v1.schema.json#/$defs/ValidationIssue/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data9.pointer !== undefined){
const _errs21 = errors;
if(typeof data9.pointer !== "string"){
validate40.errors = [{instancePath:instancePath+"/validation_errors/" + i0+"/pointer",schemaPath:"outcome-common.v1.schema.json#/$defs/ValidationIssue/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.message !== undefined){
const _errs23 = errors;
if(typeof data9.message !== "string"){
validate40.errors = [{instancePath:instancePath+"/validation_errors/" + i0+"/message",schemaPath:"outcome-common.v1.schema.json#/$defs/ValidationIssue/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/validation_errors/" + i0,schemaPath:"outcome-common.v1.schema.json#/$defs/ValidationIssue/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs18 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/validation_errors",schemaPath:"#/properties/validation_errors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
const _errs25 = errors;
if(typeof data.body !== "string"){
validate40.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_truncated !== undefined){
const _errs27 = errors;
if(typeof data.body_truncated !== "boolean"){
validate40.errors = [{instancePath:instancePath+"/body_truncated",schemaPath:"#/properties/body_truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_bytes !== undefined){
let data14 = data.body_bytes;
const _errs29 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate40.errors = [{instancePath:instancePath+"/body_bytes",schemaPath:"#/properties/body_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate40.errors = [{instancePath:instancePath+"/body_bytes",schemaPath:"#/properties/body_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body_sha256 !== undefined){
let data15 = data.body_sha256;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data15 === "string"){
if(!pattern14.test(data15)){
validate40.errors = [{instancePath:instancePath+"/body_sha256",schemaPath:"#/properties/body_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/body_sha256",schemaPath:"#/properties/body_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order_id !== undefined){
const _errs33 = errors;
if(typeof data.order_id !== "string"){
validate40.errors = [{instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.correlation_id !== undefined){
const _errs35 = errors;
if(typeof data.correlation_id !== "string"){
validate40.errors = [{instancePath:instancePath+"/correlation_id",schemaPath:"#/properties/correlation_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.processed_at !== undefined){
let data18 = data.processed_at;
const _errs37 = errors;
if(errors === _errs37){
if(errors === _errs37){
if(typeof data18 === "string"){
if(!(formats0.validate(data18))){
validate40.errors = [{instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/processed_at",schemaPath:"#/properties/processed_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
const _errs39 = errors;
if(!(validate41(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs39 === errors;
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
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"schema_version":true,"message_type":true,"outcome_id":true,"message_id":true,"status":true,"error":true,"error_code":true,"retryable":true,"validation_errors":true,"body":true,"body_truncated":true,"body_bytes":true,"body_sha256":true,"order_id":true,"correlation_id":true,"processed_at":true,"source":true},"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/order-outcome.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
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
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var props0 = {};
props0.schema_version = true;
props0.message_type = true;
props0.outcome_id = true;
props0.message_id = true;
props0.status = true;
props0.order = true;
props0.order_total_minor = true;
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
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = props0 || {};
props0.schema_version = true;
props0.message_type = true;
props0.outcome_id = true;
props0.message_id = true;
props0.status = true;
props0.error = true;
props0.error_code = true;
props0.retryable = true;
props0.validation_errors = true;
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
validate39.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "status", tagValue: tag0},message:"value of tag \"status\" must be in oneOf"}];
return false;
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "status", tagValue: tag0},message:"tag \"status\" must be string"}];
return false;
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate39.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.validateOutcomeMessageAttributes = validate45;
const schema61 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/outcome/outcome-attributes.v1.schema.json","title":"OutcomeMessageAttributes","description":"The SNS message attributes published with every outcome, in the SDK's shape (DataType, StringValue). Subscription filter policies with scope MessageAttributes may use only these keys. With raw delivery they become SQS message attributes (at most 10 are delivered; this contract uses at most 4). Lambda destination records carry no attributes.","version":"1.0.0","type":"object","additionalProperties":false,"required":["message_type","schema_version","status"],"properties":{"message_type":{"title":"MessageTypeAttribute","description":"Always order.outcome.","type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"const":"order.outcome"}}},"schema_version":{"title":"SchemaVersionAttribute","description":"Major version of the outcome contract.","type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"const":"1"}}},"status":{"title":"StatusAttribute","description":"The outcome's status.","type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"enum":["SUCCESS","FAILURE"]}}},"error_code":{"title":"ErrorCodeAttribute","description":"The outcome's error_code; FAILURE only.","type":"object","additionalProperties":false,"required":["DataType","StringValue"],"properties":{"DataType":{"const":"String"},"StringValue":{"$ref":"outcome-common.v1.schema.json#/$defs/ErrorCode"}}}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/outcome/outcome-attributes.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
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
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((((key0 === "message_type") || (key0 === "schema_version")) || (key0 === "status")) || (key0 === "error_code"))){
validate45.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.message_type !== undefined){
let data0 = data.message_type;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.DataType === undefined) && (missing1 = "DataType")) || ((data0.StringValue === undefined) && (missing1 = "StringValue"))){
validate45.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key1 in data0){
if(!((key1 === "DataType") || (key1 === "StringValue"))){
validate45.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data0.DataType !== undefined){
const _errs6 = errors;
if("String" !== data0.DataType){
validate45.errors = [{instancePath:instancePath+"/message_type/DataType",schemaPath:"#/properties/message_type/properties/DataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.StringValue !== undefined){
const _errs7 = errors;
if("order.outcome" !== data0.StringValue){
validate45.errors = [{instancePath:instancePath+"/message_type/StringValue",schemaPath:"#/properties/message_type/properties/StringValue/const",keyword:"const",params:{allowedValue: "order.outcome"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/message_type",schemaPath:"#/properties/message_type/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schema_version !== undefined){
let data3 = data.schema_version;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if(((data3.DataType === undefined) && (missing2 = "DataType")) || ((data3.StringValue === undefined) && (missing2 = "StringValue"))){
validate45.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key2 in data3){
if(!((key2 === "DataType") || (key2 === "StringValue"))){
validate45.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.DataType !== undefined){
const _errs11 = errors;
if("String" !== data3.DataType){
validate45.errors = [{instancePath:instancePath+"/schema_version/DataType",schemaPath:"#/properties/schema_version/properties/DataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.StringValue !== undefined){
const _errs12 = errors;
if("1" !== data3.StringValue){
validate45.errors = [{instancePath:instancePath+"/schema_version/StringValue",schemaPath:"#/properties/schema_version/properties/StringValue/const",keyword:"const",params:{allowedValue: "1"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data6 = data.status;
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing3;
if(((data6.DataType === undefined) && (missing3 = "DataType")) || ((data6.StringValue === undefined) && (missing3 = "StringValue"))){
validate45.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key3 in data6){
if(!((key3 === "DataType") || (key3 === "StringValue"))){
validate45.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data6.DataType !== undefined){
const _errs16 = errors;
if("String" !== data6.DataType){
validate45.errors = [{instancePath:instancePath+"/status/DataType",schemaPath:"#/properties/status/properties/DataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.StringValue !== undefined){
let data8 = data6.StringValue;
const _errs17 = errors;
if(!((data8 === "SUCCESS") || (data8 === "FAILURE"))){
validate45.errors = [{instancePath:instancePath+"/status/StringValue",schemaPath:"#/properties/status/properties/StringValue/enum",keyword:"enum",params:{allowedValues: schema61.properties.status.properties.StringValue.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_code !== undefined){
let data9 = data.error_code;
const _errs18 = errors;
if(errors === _errs18){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing4;
if(((data9.DataType === undefined) && (missing4 = "DataType")) || ((data9.StringValue === undefined) && (missing4 = "StringValue"))){
validate45.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key4 in data9){
if(!((key4 === "DataType") || (key4 === "StringValue"))){
validate45.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data9.DataType !== undefined){
const _errs21 = errors;
if("String" !== data9.DataType){
validate45.errors = [{instancePath:instancePath+"/error_code/DataType",schemaPath:"#/properties/error_code/properties/DataType/const",keyword:"const",params:{allowedValue: "String"},message:"must be equal to constant"}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.StringValue !== undefined){
let data11 = data9.StringValue;
const _errs22 = errors;
if(typeof data11 !== "string"){
validate45.errors = [{instancePath:instancePath+"/error_code/StringValue",schemaPath:"outcome-common.v1.schema.json#/$defs/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data11 === "INVALID_JSON") || (data11 === "BODY_TOO_LARGE")) || (data11 === "SCHEMA_VIOLATION")) || (data11 === "UNSUPPORTED_CURRENCY")) || (data11 === "DUPLICATE_SKU")) || (data11 === "TOO_MANY_ITEMS")) || (data11 === "QUANTITY_LIMIT_EXCEEDED")) || (data11 === "ORDER_TOTAL_LIMIT_EXCEEDED")) || (data11 === "SUBMITTED_IN_FUTURE")) || (data11 === "INTERNAL_ERROR"))){
validate45.errors = [{instancePath:instancePath+"/error_code/StringValue",schemaPath:"outcome-common.v1.schema.json#/$defs/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate45.errors = [{instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
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
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.validateOrderFailureOutcome = validate40;

exports.validateOrderSuccessOutcome = validate33;

exports.validateFailureTopicMessage = validate46;
const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/topics/failure-topic-message.v1.schema.json","title":"FailureTopicMessage","description":"Every message the failure topic carries: the processor's FAILURE outcome (SQS path) or Lambda's OnFailure destination record (asynchronous path). Validate once, then narrow: an outcome has message_type \"order.outcome\", a record has requestContext.","version":"1.0.0","anyOf":[{"$ref":"../outcome/outcome-failure.v1.schema.json"},{"$ref":"../destination/order-failure-destination-record.v1.schema.json"}]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/topics/failure-topic-message.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.schema_version = true;
props0.message_type = true;
props0.outcome_id = true;
props0.message_id = true;
props0.status = true;
props0.error = true;
props0.error_code = true;
props0.retryable = true;
props0.validation_errors = true;
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
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
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
validate46.errors = vErrors;
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
validate46.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate46.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.validateSuccessTopicMessage = validate49;
const schema64 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://schemas.order-events.example/topics/success-topic-message.v1.schema.json","title":"SuccessTopicMessage","description":"Every message the success topic carries: the processor's SUCCESS outcome (SQS path) or Lambda's OnSuccess destination record (asynchronous path). Validate once, then narrow: an outcome has message_type \"order.outcome\", a record has requestContext.","version":"1.0.0","anyOf":[{"$ref":"../outcome/outcome-success.v1.schema.json"},{"$ref":"../destination/order-success-destination-record.v1.schema.json"}]};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://schemas.order-events.example/topics/success-topic-message.v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.schema_version = true;
props0.message_type = true;
props0.outcome_id = true;
props0.message_id = true;
props0.status = true;
props0.order = true;
props0.order_total_minor = true;
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
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
validate49.errors = vErrors;
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
validate49.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate49.evaluated = {"dynamicProps":true,"dynamicItems":false};

