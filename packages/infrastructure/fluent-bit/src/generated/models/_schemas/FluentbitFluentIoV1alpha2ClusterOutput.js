import { formats } from "@kubernetes-models/validate";
export const validate = validate76;
const schema28 = {
  "type": "object",
  "properties": {
    "apiVersion": {
      "$ref": "NmD8VsmCnRqLn3wZqIRCjvI26Va4dhhjwXL9hwVlxzw"
    },
    "kind": {
      "$ref": "ZrcHj862wgUH9TVg8RboZFwzVqt53hN5hh39w9cdY"
    },
    "metadata": {
      "$ref": "a6f0oUEaFqHmymdwnqPORTNOTU7GczWAkwGD0uYU"
    },
    "spec": {
      "$ref": "CSON1VdXzhMn4cCynduNE9b5p3FEtMgYlvrCngo3I"
    }
  },
  "required": ["apiVersion", "kind"],
  "$id": "fluentbit.fluent.io.v1alpha2.ClusterOutput"
};
const schema29 = {
  "type": "string",
  "enum": ["fluentbit.fluent.io/v1alpha2"]
};
function validate77(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "fluentbit.fluent.io/v1alpha2")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema29.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
const schema30 = {
  "type": "string",
  "enum": ["ClusterOutput"]
};
function validate79(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "ClusterOutput")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema30.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
const schema31 = {
  "nullableRef": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"
};
const schema32 = {};
import { validate as validate82 } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";
function validate81(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data !== null) {
    if (!validate82(data, {
      instancePath,
      parentData,
      parentDataProperty,
      rootData
    })) {
      vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
      errors = vErrors.length;
    }
  }
  validate81.errors = vErrors;
  return errors === 0;
}
const schema33 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "azureBlob": {
      "$ref": "ybEfks3dNwpclVERvuAfcUWRcLTjrsMIVa96S08U"
    },
    "azureLogAnalytics": {
      "$ref": "K1XGW37itg7467fVg2qghnxZCuM33cRkHu1e0Pbf4"
    },
    "cloudWatch": {
      "$ref": "4oHwI4NjOlg59vkJPqUKIcgf46gKeHxPxwm8D2kjw"
    },
    "customPlugin": {
      "$ref": "anfzuKEesIgG8q7hp2kfWxPIl2eOHSq2EChkeHmupHI"
    },
    "datadog": {
      "$ref": "p1ZgwNH2U4Vqu12twa5LL016qFIHJn4t9Eh5NJiS8"
    },
    "es": {
      "$ref": "IJta5kJKrQklrmIkHsMfpXbBV5QMPxe7MGzyZTdHSo"
    },
    "file": {
      "$ref": "pYh5ZWL54YwtL1YvhNDZpMFQUK0SqXzVIHtcnDSglw"
    },
    "firehose": {
      "$ref": "s0GUF11ChGeIZSaQ7R5r8xO3P5U6SOIabuLJucsHys"
    },
    "forward": {
      "$ref": "Oem39Xf29qHBHcke9MpoCunYnX26tyCh3QaI298"
    },
    "gelf": {
      "$ref": "KVoSiQaYnGYLbK9Vi65qJ53R3U7S8Q72IiFZYuMz1rk"
    },
    "http": {
      "$ref": "4SMdLSzpDBULy1VTkJO1DBw0h2p7eJ2BVzfvTQZjs"
    },
    "influxDB": {
      "$ref": "sHZmT6k7eySnJ7aotBYYLAlO43U3m0iWFQRkBdhgM"
    },
    "kafka": {
      "$ref": "fHSCGBZU2lLkPIIO5iqwJmgJRvuqscscVPt0DR2k18"
    },
    "kinesis": {
      "$ref": "brcQDsyM10v050v8SqQx4UXrJsp61ZZ64jgkFB7OlU"
    },
    "logLevel": {
      "$ref": "ZmoW0RRhWRX3feSXUSD8ycZWBuGgi9PKpl92QSidKE"
    },
    "loki": {
      "$ref": "AxYg8selTaahxz7fG7w0S5yZcCXgMBjl3fRxJerSM"
    },
    "match": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "matchRegex": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "null": {
      "$ref": "wnCl8zCvz1PLbyEivJTcktRgDZuzOGT9FYulvrA2T8w"
    },
    "opensearch": {
      "$ref": "NYkwVGuQQSb3nWvFPLdnw8399ogVrBO4jNC95iZqAI"
    },
    "opentelemetry": {
      "$ref": "LfziaPVUgIEIpC8XuRC9RyVVFz9hZx86SN4yLnnoWwA"
    },
    "processors": {
      "$ref": "wnCl8zCvz1PLbyEivJTcktRgDZuzOGT9FYulvrA2T8w"
    },
    "prometheusExporter": {
      "$ref": "TkEJ9ZjhyLbc0kyVY4sVwZ0Sfc8MUy6eSad8KDtPTDQ"
    },
    "prometheusRemoteWrite": {
      "$ref": "eQHpjAx5yuqMll9V1PfO1yt2L1EyQne8yfY0xprgs"
    },
    "retry_limit": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "s3": {
      "$ref": "qKiqRtaPtVYPUyVMQok4aS1b200WmkyiY7VAIAeodjo"
    },
    "splunk": {
      "$ref": "YIi7FolaVOVPWZnFwmCcMYVfQfsOBS1UFmN4emBUkY"
    },
    "stackdriver": {
      "$ref": "C8nF8TAlLtRBJqA4KQesEVBbRZKGnJURdJWBCSqXgw"
    },
    "stdout": {
      "$ref": "fERP4BXzMldecITFVEGGznBRkhIgYbbXRsb13DANNc"
    },
    "syslog": {
      "$ref": "7ClN6adEbDLUsI6PNC7vD8heZ0Wn8Z5W9j9V69mcI"
    },
    "tcp": {
      "$ref": "rVWHIgOkTHCbqBd6NsGzGbSoYL6zO1QaL57NP7hQ"
    }
  },
  "type": "object",
  "nullable": true
};
const schema8 = {
  "type": "string",
  "nullable": true
};
function validate23(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
const schema34 = {
  "properties": {
    "accountName": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "autoCreateContainer": {
      "$ref": "HIeO5A9tilLg7a1cGqRSCbX6YDmNgFXGQRhkgbbnXU"
    },
    "blobType": {
      "$ref": "0eC5YCHJCHi2JVArnx7EkoAt4DIPtGV95evaxQgjElg"
    },
    "bufferingEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "compressBlob": {
      "$ref": "HIeO5A9tilLg7a1cGqRSCbX6YDmNgFXGQRhkgbbnXU"
    },
    "containerName": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "emulatorMode": {
      "$ref": "HIeO5A9tilLg7a1cGqRSCbX6YDmNgFXGQRhkgbbnXU"
    },
    "endpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "path": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "sharedKey": {
      "$ref": "00V6zGHQriRGYHvWDXwryTZPMoutB5rDpbjB0exRIQ"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "uploadFileSize": {
      "$ref": "rfoE5TrT3V2DxFzYqvOdktBAXYdYALqCCZKVDgZTpBI"
    },
    "uploadTimeout": {
      "$ref": "hrdDa6BLmgrlTpqM1fjwLlGytpMYDjuOniKSqCK8LE"
    }
  },
  "required": ["accountName", "containerName", "sharedKey"],
  "type": "object",
  "nullable": true
};
const schema7 = {
  "type": "string"
};
function validate22(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const schema6 = {
  "enum": ["on", "off"],
  "type": "string",
  "nullable": true
};
function validate21(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "on" || data === "off")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema6.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
const schema35 = {
  "enum": ["appendblob", "blockblob"],
  "type": "string",
  "nullable": true
};
function validate90(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "appendblob" || data === "blockblob")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema35.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
const schema9 = {
  "type": "boolean",
  "nullable": true
};
function validate24(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "boolean"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
const schema16 = {
  "properties": {
    "DNSMode": {
      "$ref": "sGlb2AXrZyWHQbonvqSdb6GD6cViIunWvH6Ql2yEtHo"
    },
    "DNSPreferIPv4": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "DNSPreferIPv6": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "DNSResolver": {
      "$ref": "z0Ryej7rDT4IDy7uao7qqWrypwftoPBU6vipRnoKLs"
    },
    "connectTimeout": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "connectTimeoutLogError": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "ioTimeout": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "keepalive": {
      "$ref": "HIeO5A9tilLg7a1cGqRSCbX6YDmNgFXGQRhkgbbnXU"
    },
    "keepaliveIdleTimeout": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "keepaliveMaxRecycle": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "maxWorkerConnections": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "proxyEnvIgnore": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "sourceAddress": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tcpKeepalive": {
      "$ref": "HIeO5A9tilLg7a1cGqRSCbX6YDmNgFXGQRhkgbbnXU"
    },
    "tcpKeepaliveInterval": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "tcpKeepaliveProbes": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "tcpKeepaliveTime": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    }
  },
  "type": "object",
  "nullable": true
};
const schema17 = {
  "enum": ["TCP", "UDP"],
  "type": "string",
  "nullable": true
};
function validate38(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "TCP" || data === "UDP")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema17.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
const schema18 = {
  "enum": ["LEGACY", "ASYNC"],
  "type": "string",
  "nullable": true
};
function validate42(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "LEGACY" || data === "ASYNC")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema18.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
const schema10 = {
  "format": "int32",
  "type": "integer",
  "nullable": true
};
const formats0 = formats.int32;
function validate25(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int32"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate37(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.DNSMode !== undefined) {
      if (!validate38(data.DNSMode, {
        instancePath: instancePath + "/DNSMode",
        parentData: data,
        parentDataProperty: "DNSMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.DNSPreferIPv4 !== undefined) {
      if (!validate24(data.DNSPreferIPv4, {
        instancePath: instancePath + "/DNSPreferIPv4",
        parentData: data,
        parentDataProperty: "DNSPreferIPv4",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.DNSPreferIPv6 !== undefined) {
      if (!validate24(data.DNSPreferIPv6, {
        instancePath: instancePath + "/DNSPreferIPv6",
        parentData: data,
        parentDataProperty: "DNSPreferIPv6",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.DNSResolver !== undefined) {
      if (!validate42(data.DNSResolver, {
        instancePath: instancePath + "/DNSResolver",
        parentData: data,
        parentDataProperty: "DNSResolver",
        rootData
      })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.connectTimeout !== undefined) {
      if (!validate25(data.connectTimeout, {
        instancePath: instancePath + "/connectTimeout",
        parentData: data,
        parentDataProperty: "connectTimeout",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.connectTimeoutLogError !== undefined) {
      if (!validate24(data.connectTimeoutLogError, {
        instancePath: instancePath + "/connectTimeoutLogError",
        parentData: data,
        parentDataProperty: "connectTimeoutLogError",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.ioTimeout !== undefined) {
      if (!validate25(data.ioTimeout, {
        instancePath: instancePath + "/ioTimeout",
        parentData: data,
        parentDataProperty: "ioTimeout",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.keepalive !== undefined) {
      if (!validate21(data.keepalive, {
        instancePath: instancePath + "/keepalive",
        parentData: data,
        parentDataProperty: "keepalive",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.keepaliveIdleTimeout !== undefined) {
      if (!validate25(data.keepaliveIdleTimeout, {
        instancePath: instancePath + "/keepaliveIdleTimeout",
        parentData: data,
        parentDataProperty: "keepaliveIdleTimeout",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.keepaliveMaxRecycle !== undefined) {
      if (!validate25(data.keepaliveMaxRecycle, {
        instancePath: instancePath + "/keepaliveMaxRecycle",
        parentData: data,
        parentDataProperty: "keepaliveMaxRecycle",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxWorkerConnections !== undefined) {
      if (!validate25(data.maxWorkerConnections, {
        instancePath: instancePath + "/maxWorkerConnections",
        parentData: data,
        parentDataProperty: "maxWorkerConnections",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxyEnvIgnore !== undefined) {
      if (!validate24(data.proxyEnvIgnore, {
        instancePath: instancePath + "/proxyEnvIgnore",
        parentData: data,
        parentDataProperty: "proxyEnvIgnore",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.sourceAddress !== undefined) {
      if (!validate23(data.sourceAddress, {
        instancePath: instancePath + "/sourceAddress",
        parentData: data,
        parentDataProperty: "sourceAddress",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpKeepalive !== undefined) {
      if (!validate21(data.tcpKeepalive, {
        instancePath: instancePath + "/tcpKeepalive",
        parentData: data,
        parentDataProperty: "tcpKeepalive",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpKeepaliveInterval !== undefined) {
      if (!validate25(data.tcpKeepaliveInterval, {
        instancePath: instancePath + "/tcpKeepaliveInterval",
        parentData: data,
        parentDataProperty: "tcpKeepaliveInterval",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpKeepaliveProbes !== undefined) {
      if (!validate25(data.tcpKeepaliveProbes, {
        instancePath: instancePath + "/tcpKeepaliveProbes",
        parentData: data,
        parentDataProperty: "tcpKeepaliveProbes",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpKeepaliveTime !== undefined) {
      if (!validate25(data.tcpKeepaliveTime, {
        instancePath: instancePath + "/tcpKeepaliveTime",
        parentData: data,
        parentDataProperty: "tcpKeepaliveTime",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
const schema14 = {
  "properties": {
    "valueFrom": {
      "$ref": "nYmc92vzYp006sAUGPmK1315tlUUxfEUVDQayrHB4"
    }
  },
  "type": "object"
};
const schema11 = {
  "properties": {
    "secretKeyRef": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    }
  },
  "type": "object",
  "nullable": true
};
const schema12 = {
  "properties": {
    "key": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "name": {
      "$ref": "ylFKgRADFnj8zsAqNcbZrvIOQI64FUWlOFS2V8uyo"
    },
    "optional": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "required": ["key"],
  "type": "object",
  "nullable": true
};
const schema13 = {
  "default": "",
  "type": "string",
  "nullable": true
};
function validate29(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate27(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "key"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.key !== undefined) {
      if (!validate22(data.key, {
        instancePath: instancePath + "/key",
        parentData: data,
        parentDataProperty: "key",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate29(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.optional !== undefined) {
      if (!validate24(data.optional, {
        instancePath: instancePath + "/optional",
        parentData: data,
        parentDataProperty: "optional",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate26(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secretKeyRef !== undefined) {
      if (!validate27(data.secretKeyRef, {
        instancePath: instancePath + "/secretKeyRef",
        parentData: data,
        parentDataProperty: "secretKeyRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate33(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.valueFrom !== undefined) {
      if (!validate26(data.valueFrom, {
        instancePath: instancePath + "/valueFrom",
        parentData: data,
        parentDataProperty: "valueFrom",
        rootData
      })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
const schema19 = {
  "properties": {
    "caFile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "caPath": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "crtFile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "debug": {
      "$ref": "LKg7C16w3sOZPl4pL8HHBT40ax6RPSbKXjRJPeCh4"
    },
    "keyFile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "keyPassword": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "verify": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "vhost": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema20 = {
  "enum": [0, 1, 2, 3, 4],
  "format": "int32",
  "type": "integer",
  "nullable": true
};
function validate61(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 0 || data === 1 || data === 2 || data === 3 || data === 4)) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema20.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err2 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int32"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate61.errors = vErrors;
  return errors === 0;
}
const schema15 = {
  "properties": {
    "valueFrom": {
      "$ref": "nYmc92vzYp006sAUGPmK1315tlUUxfEUVDQayrHB4"
    }
  },
  "type": "object",
  "nullable": true
};
function validate35(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.valueFrom !== undefined) {
      if (!validate26(data.valueFrom, {
        instancePath: instancePath + "/valueFrom",
        parentData: data,
        parentDataProperty: "valueFrom",
        rootData
      })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate57(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.caFile !== undefined) {
      if (!validate23(data.caFile, {
        instancePath: instancePath + "/caFile",
        parentData: data,
        parentDataProperty: "caFile",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.caPath !== undefined) {
      if (!validate23(data.caPath, {
        instancePath: instancePath + "/caPath",
        parentData: data,
        parentDataProperty: "caPath",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.crtFile !== undefined) {
      if (!validate23(data.crtFile, {
        instancePath: instancePath + "/crtFile",
        parentData: data,
        parentDataProperty: "crtFile",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.debug !== undefined) {
      if (!validate61(data.debug, {
        instancePath: instancePath + "/debug",
        parentData: data,
        parentDataProperty: "debug",
        rootData
      })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyFile !== undefined) {
      if (!validate23(data.keyFile, {
        instancePath: instancePath + "/keyFile",
        parentData: data,
        parentDataProperty: "keyFile",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyPassword !== undefined) {
      if (!validate35(data.keyPassword, {
        instancePath: instancePath + "/keyPassword",
        parentData: data,
        parentDataProperty: "keyPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.verify !== undefined) {
      if (!validate24(data.verify, {
        instancePath: instancePath + "/verify",
        parentData: data,
        parentDataProperty: "verify",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.vhost !== undefined) {
      if (!validate23(data.vhost, {
        instancePath: instancePath + "/vhost",
        parentData: data,
        parentDataProperty: "vhost",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate57.errors = vErrors;
  return errors === 0;
}
const schema36 = {
  "default": "200M",
  "type": "string",
  "nullable": true
};
function validate101(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
const schema37 = {
  "default": "30m",
  "type": "string",
  "nullable": true
};
function validate103(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
function validate87(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accountName === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "accountName"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.containerName === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "containerName"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.sharedKey === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "sharedKey"
        }
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.accountName !== undefined) {
      if (!validate22(data.accountName, {
        instancePath: instancePath + "/accountName",
        parentData: data,
        parentDataProperty: "accountName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.autoCreateContainer !== undefined) {
      if (!validate21(data.autoCreateContainer, {
        instancePath: instancePath + "/autoCreateContainer",
        parentData: data,
        parentDataProperty: "autoCreateContainer",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.blobType !== undefined) {
      if (!validate90(data.blobType, {
        instancePath: instancePath + "/blobType",
        parentData: data,
        parentDataProperty: "blobType",
        rootData
      })) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
    if (data.bufferingEnabled !== undefined) {
      if (!validate24(data.bufferingEnabled, {
        instancePath: instancePath + "/bufferingEnabled",
        parentData: data,
        parentDataProperty: "bufferingEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.compressBlob !== undefined) {
      if (!validate21(data.compressBlob, {
        instancePath: instancePath + "/compressBlob",
        parentData: data,
        parentDataProperty: "compressBlob",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.containerName !== undefined) {
      if (!validate22(data.containerName, {
        instancePath: instancePath + "/containerName",
        parentData: data,
        parentDataProperty: "containerName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.emulatorMode !== undefined) {
      if (!validate21(data.emulatorMode, {
        instancePath: instancePath + "/emulatorMode",
        parentData: data,
        parentDataProperty: "emulatorMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.endpoint !== undefined) {
      if (!validate23(data.endpoint, {
        instancePath: instancePath + "/endpoint",
        parentData: data,
        parentDataProperty: "endpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.path !== undefined) {
      if (!validate23(data.path, {
        instancePath: instancePath + "/path",
        parentData: data,
        parentDataProperty: "path",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.sharedKey !== undefined) {
      if (!validate33(data.sharedKey, {
        instancePath: instancePath + "/sharedKey",
        parentData: data,
        parentDataProperty: "sharedKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.uploadFileSize !== undefined) {
      if (!validate101(data.uploadFileSize, {
        instancePath: instancePath + "/uploadFileSize",
        parentData: data,
        parentDataProperty: "uploadFileSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
    if (data.uploadTimeout !== undefined) {
      if (!validate103(data.uploadTimeout, {
        instancePath: instancePath + "/uploadTimeout",
        parentData: data,
        parentDataProperty: "uploadTimeout",
        rootData
      })) {
        vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
        errors = vErrors.length;
      }
    }
  }
  validate87.errors = vErrors;
  return errors === 0;
}
const schema38 = {
  "properties": {
    "customerID": {
      "$ref": "00V6zGHQriRGYHvWDXwryTZPMoutB5rDpbjB0exRIQ"
    },
    "logType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logTypeKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "sharedKey": {
      "$ref": "00V6zGHQriRGYHvWDXwryTZPMoutB5rDpbjB0exRIQ"
    },
    "timeGenerated": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "timeKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "required": ["customerID", "sharedKey"],
  "type": "object",
  "nullable": true
};
function validate106(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.customerID === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "customerID"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.sharedKey === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "sharedKey"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.customerID !== undefined) {
      if (!validate33(data.customerID, {
        instancePath: instancePath + "/customerID",
        parentData: data,
        parentDataProperty: "customerID",
        rootData
      })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.logType !== undefined) {
      if (!validate23(data.logType, {
        instancePath: instancePath + "/logType",
        parentData: data,
        parentDataProperty: "logType",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logTypeKey !== undefined) {
      if (!validate23(data.logTypeKey, {
        instancePath: instancePath + "/logTypeKey",
        parentData: data,
        parentDataProperty: "logTypeKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.sharedKey !== undefined) {
      if (!validate33(data.sharedKey, {
        instancePath: instancePath + "/sharedKey",
        parentData: data,
        parentDataProperty: "sharedKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeGenerated !== undefined) {
      if (!validate24(data.timeGenerated, {
        instancePath: instancePath + "/timeGenerated",
        parentData: data,
        parentDataProperty: "timeGenerated",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKey !== undefined) {
      if (!validate23(data.timeKey, {
        instancePath: instancePath + "/timeKey",
        parentData: data,
        parentDataProperty: "timeKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate106.errors = vErrors;
  return errors === 0;
}
const schema39 = {
  "properties": {
    "autoCreateGroup": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "autoRetryRequests": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "endpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "externalID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logGroupName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logGroupTemplate": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logRetentionDays": {
      "$ref": "UhSWNa3nn1upOMDdQur13rT5Ed2VLC0X09uchzWKwhE"
    },
    "logStreamName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logStreamPrefix": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logStreamTemplate": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "metricDimensions": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "metricNamespace": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "region": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "roleArn": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "stsEndpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "required": ["region"],
  "type": "object",
  "nullable": true
};
const schema40 = {
  "enum": [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653],
  "format": "int32",
  "type": "integer",
  "nullable": true
};
function validate123(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 1 || data === 3 || data === 5 || data === 7 || data === 14 || data === 30 || data === 60 || data === 90 || data === 120 || data === 150 || data === 180 || data === 365 || data === 400 || data === 545 || data === 731 || data === 1827 || data === 3653)) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema40.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err2 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int32"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate123.errors = vErrors;
  return errors === 0;
}
function validate114(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.region === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "region"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.autoCreateGroup !== undefined) {
      if (!validate24(data.autoCreateGroup, {
        instancePath: instancePath + "/autoCreateGroup",
        parentData: data,
        parentDataProperty: "autoCreateGroup",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.autoRetryRequests !== undefined) {
      if (!validate24(data.autoRetryRequests, {
        instancePath: instancePath + "/autoRetryRequests",
        parentData: data,
        parentDataProperty: "autoRetryRequests",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.endpoint !== undefined) {
      if (!validate23(data.endpoint, {
        instancePath: instancePath + "/endpoint",
        parentData: data,
        parentDataProperty: "endpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.externalID !== undefined) {
      if (!validate23(data.externalID, {
        instancePath: instancePath + "/externalID",
        parentData: data,
        parentDataProperty: "externalID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logFormat !== undefined) {
      if (!validate23(data.logFormat, {
        instancePath: instancePath + "/logFormat",
        parentData: data,
        parentDataProperty: "logFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logGroupName !== undefined) {
      if (!validate23(data.logGroupName, {
        instancePath: instancePath + "/logGroupName",
        parentData: data,
        parentDataProperty: "logGroupName",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logGroupTemplate !== undefined) {
      if (!validate23(data.logGroupTemplate, {
        instancePath: instancePath + "/logGroupTemplate",
        parentData: data,
        parentDataProperty: "logGroupTemplate",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logKey !== undefined) {
      if (!validate23(data.logKey, {
        instancePath: instancePath + "/logKey",
        parentData: data,
        parentDataProperty: "logKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logRetentionDays !== undefined) {
      if (!validate123(data.logRetentionDays, {
        instancePath: instancePath + "/logRetentionDays",
        parentData: data,
        parentDataProperty: "logRetentionDays",
        rootData
      })) {
        vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
        errors = vErrors.length;
      }
    }
    if (data.logStreamName !== undefined) {
      if (!validate23(data.logStreamName, {
        instancePath: instancePath + "/logStreamName",
        parentData: data,
        parentDataProperty: "logStreamName",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logStreamPrefix !== undefined) {
      if (!validate23(data.logStreamPrefix, {
        instancePath: instancePath + "/logStreamPrefix",
        parentData: data,
        parentDataProperty: "logStreamPrefix",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logStreamTemplate !== undefined) {
      if (!validate23(data.logStreamTemplate, {
        instancePath: instancePath + "/logStreamTemplate",
        parentData: data,
        parentDataProperty: "logStreamTemplate",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.metricDimensions !== undefined) {
      if (!validate23(data.metricDimensions, {
        instancePath: instancePath + "/metricDimensions",
        parentData: data,
        parentDataProperty: "metricDimensions",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.metricNamespace !== undefined) {
      if (!validate23(data.metricNamespace, {
        instancePath: instancePath + "/metricNamespace",
        parentData: data,
        parentDataProperty: "metricNamespace",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.region !== undefined) {
      if (!validate22(data.region, {
        instancePath: instancePath + "/region",
        parentData: data,
        parentDataProperty: "region",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.roleArn !== undefined) {
      if (!validate23(data.roleArn, {
        instancePath: instancePath + "/roleArn",
        parentData: data,
        parentDataProperty: "roleArn",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.stsEndpoint !== undefined) {
      if (!validate23(data.stsEndpoint, {
        instancePath: instancePath + "/stsEndpoint",
        parentData: data,
        parentDataProperty: "stsEndpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate114.errors = vErrors;
  return errors === 0;
}
const schema41 = {
  "properties": {
    "config": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "yamlConfig": {
      "$ref": "wnCl8zCvz1PLbyEivJTcktRgDZuzOGT9FYulvrA2T8w"
    }
  },
  "type": "object",
  "nullable": true
};
const schema24 = {
  "type": "object",
  "properties": {},
  "nullable": true
};
function validate72(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
function validate134(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.config !== undefined) {
      if (!validate23(data.config, {
        instancePath: instancePath + "/config",
        parentData: data,
        parentDataProperty: "config",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.yamlConfig !== undefined) {
      if (!validate72(data.yamlConfig, {
        instancePath: instancePath + "/yamlConfig",
        parentData: data,
        parentDataProperty: "yamlConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
  }
  validate134.errors = vErrors;
  return errors === 0;
}
const schema42 = {
  "properties": {
    "apikey": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "compress": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "dd_message_key": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "dd_service": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "dd_source": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "dd_tags": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "include_tag_key": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "json_date_key": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "provider": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "proxy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tag_key": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tls": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "type": "object",
  "nullable": true
};
function validate138(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apikey !== undefined) {
      if (!validate35(data.apikey, {
        instancePath: instancePath + "/apikey",
        parentData: data,
        parentDataProperty: "apikey",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.compress !== undefined) {
      if (!validate23(data.compress, {
        instancePath: instancePath + "/compress",
        parentData: data,
        parentDataProperty: "compress",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.dd_message_key !== undefined) {
      if (!validate23(data.dd_message_key, {
        instancePath: instancePath + "/dd_message_key",
        parentData: data,
        parentDataProperty: "dd_message_key",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.dd_service !== undefined) {
      if (!validate23(data.dd_service, {
        instancePath: instancePath + "/dd_service",
        parentData: data,
        parentDataProperty: "dd_service",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.dd_source !== undefined) {
      if (!validate23(data.dd_source, {
        instancePath: instancePath + "/dd_source",
        parentData: data,
        parentDataProperty: "dd_source",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.dd_tags !== undefined) {
      if (!validate23(data.dd_tags, {
        instancePath: instancePath + "/dd_tags",
        parentData: data,
        parentDataProperty: "dd_tags",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.include_tag_key !== undefined) {
      if (!validate24(data.include_tag_key, {
        instancePath: instancePath + "/include_tag_key",
        parentData: data,
        parentDataProperty: "include_tag_key",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.json_date_key !== undefined) {
      if (!validate23(data.json_date_key, {
        instancePath: instancePath + "/json_date_key",
        parentData: data,
        parentDataProperty: "json_date_key",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.provider !== undefined) {
      if (!validate23(data.provider, {
        instancePath: instancePath + "/provider",
        parentData: data,
        parentDataProperty: "provider",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy !== undefined) {
      if (!validate23(data.proxy, {
        instancePath: instancePath + "/proxy",
        parentData: data,
        parentDataProperty: "proxy",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tag_key !== undefined) {
      if (!validate23(data.tag_key, {
        instancePath: instancePath + "/tag_key",
        parentData: data,
        parentDataProperty: "tag_key",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate24(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  }
  validate138.errors = vErrors;
  return errors === 0;
}
const schema43 = {
  "properties": {
    "awsAuth": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "awsAuthSecret": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "awsExternalID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "awsRegion": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "awsRoleARN": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "awsSTSEndpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "bufferSize": {
      "$ref": "IsEGTfFItVn147L64oOCXbItCRrFnZffNJfyeOOnUVY"
    },
    "cloudAuth": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "cloudAuthSecret": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "cloudID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "compress": {
      "$ref": "Pijz2gUuUxKnFUlW3n1IusU0zg0v3eYhrmpaTBMt18Y"
    },
    "currentTimeIndex": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "generateID": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "httpPassword": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpUser": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "idKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "includeTagKey": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "index": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logstashDateFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logstashFormat": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "logstashPrefix": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logstashPrefixKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "path": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "pipeline": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "replaceDots": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "suppressTypeName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tagKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKeyFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKeyNanos": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "totalLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "traceError": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "traceOutput": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "type": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "writeOperation": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema25 = {
  "pattern": "^\\d+(k|K|KB|kb|m|M|MB|mb|g|G|GB|gb)?$",
  "type": "string",
  "nullable": true
};
const pattern0 = new RegExp("^\\d+(k|K|KB|kb|m|M|MB|mb|g|G|GB|gb)?$", "u");
function validate73(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern0.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^\\d+(k|K|KB|kb|m|M|MB|mb|g|G|GB|gb)?$"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate73.errors = vErrors;
  return errors === 0;
}
const schema26 = {
  "enum": ["gzip"],
  "type": "string",
  "nullable": true
};
function validate74(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "gzip")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema26.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
const schema21 = {
  "format": "int32",
  "type": "integer",
  "minimum": 1,
  "maximum": 65535,
  "nullable": true
};
function validate67(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/maximum",
        keyword: "maximum",
        params: {
          comparison: "<=",
          limit: 65535
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      const err2 = {
        instancePath,
        schemaPath: "#/minimum",
        keyword: "minimum",
        params: {
          comparison: ">=",
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (!formats0.validate(data)) {
      const err3 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int32"
        }
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  validate67.errors = vErrors;
  return errors === 0;
}
function validate153(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.awsAuth !== undefined) {
      if (!validate23(data.awsAuth, {
        instancePath: instancePath + "/awsAuth",
        parentData: data,
        parentDataProperty: "awsAuth",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsAuthSecret !== undefined) {
      if (!validate35(data.awsAuthSecret, {
        instancePath: instancePath + "/awsAuthSecret",
        parentData: data,
        parentDataProperty: "awsAuthSecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsExternalID !== undefined) {
      if (!validate23(data.awsExternalID, {
        instancePath: instancePath + "/awsExternalID",
        parentData: data,
        parentDataProperty: "awsExternalID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsRegion !== undefined) {
      if (!validate23(data.awsRegion, {
        instancePath: instancePath + "/awsRegion",
        parentData: data,
        parentDataProperty: "awsRegion",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsRoleARN !== undefined) {
      if (!validate23(data.awsRoleARN, {
        instancePath: instancePath + "/awsRoleARN",
        parentData: data,
        parentDataProperty: "awsRoleARN",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsSTSEndpoint !== undefined) {
      if (!validate23(data.awsSTSEndpoint, {
        instancePath: instancePath + "/awsSTSEndpoint",
        parentData: data,
        parentDataProperty: "awsSTSEndpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.bufferSize !== undefined) {
      if (!validate73(data.bufferSize, {
        instancePath: instancePath + "/bufferSize",
        parentData: data,
        parentDataProperty: "bufferSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.cloudAuth !== undefined) {
      if (!validate23(data.cloudAuth, {
        instancePath: instancePath + "/cloudAuth",
        parentData: data,
        parentDataProperty: "cloudAuth",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.cloudAuthSecret !== undefined) {
      if (!validate35(data.cloudAuthSecret, {
        instancePath: instancePath + "/cloudAuthSecret",
        parentData: data,
        parentDataProperty: "cloudAuthSecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.cloudID !== undefined) {
      if (!validate23(data.cloudID, {
        instancePath: instancePath + "/cloudID",
        parentData: data,
        parentDataProperty: "cloudID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.compress !== undefined) {
      if (!validate74(data.compress, {
        instancePath: instancePath + "/compress",
        parentData: data,
        parentDataProperty: "compress",
        rootData
      })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.currentTimeIndex !== undefined) {
      if (!validate24(data.currentTimeIndex, {
        instancePath: instancePath + "/currentTimeIndex",
        parentData: data,
        parentDataProperty: "currentTimeIndex",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.generateID !== undefined) {
      if (!validate24(data.generateID, {
        instancePath: instancePath + "/generateID",
        parentData: data,
        parentDataProperty: "generateID",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPassword !== undefined) {
      if (!validate35(data.httpPassword, {
        instancePath: instancePath + "/httpPassword",
        parentData: data,
        parentDataProperty: "httpPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpUser !== undefined) {
      if (!validate35(data.httpUser, {
        instancePath: instancePath + "/httpUser",
        parentData: data,
        parentDataProperty: "httpUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.idKey !== undefined) {
      if (!validate23(data.idKey, {
        instancePath: instancePath + "/idKey",
        parentData: data,
        parentDataProperty: "idKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.includeTagKey !== undefined) {
      if (!validate24(data.includeTagKey, {
        instancePath: instancePath + "/includeTagKey",
        parentData: data,
        parentDataProperty: "includeTagKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.index !== undefined) {
      if (!validate23(data.index, {
        instancePath: instancePath + "/index",
        parentData: data,
        parentDataProperty: "index",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logstashDateFormat !== undefined) {
      if (!validate23(data.logstashDateFormat, {
        instancePath: instancePath + "/logstashDateFormat",
        parentData: data,
        parentDataProperty: "logstashDateFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logstashFormat !== undefined) {
      if (!validate24(data.logstashFormat, {
        instancePath: instancePath + "/logstashFormat",
        parentData: data,
        parentDataProperty: "logstashFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.logstashPrefix !== undefined) {
      if (!validate23(data.logstashPrefix, {
        instancePath: instancePath + "/logstashPrefix",
        parentData: data,
        parentDataProperty: "logstashPrefix",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logstashPrefixKey !== undefined) {
      if (!validate23(data.logstashPrefixKey, {
        instancePath: instancePath + "/logstashPrefixKey",
        parentData: data,
        parentDataProperty: "logstashPrefixKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.path !== undefined) {
      if (!validate23(data.path, {
        instancePath: instancePath + "/path",
        parentData: data,
        parentDataProperty: "path",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.pipeline !== undefined) {
      if (!validate23(data.pipeline, {
        instancePath: instancePath + "/pipeline",
        parentData: data,
        parentDataProperty: "pipeline",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.replaceDots !== undefined) {
      if (!validate24(data.replaceDots, {
        instancePath: instancePath + "/replaceDots",
        parentData: data,
        parentDataProperty: "replaceDots",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.suppressTypeName !== undefined) {
      if (!validate23(data.suppressTypeName, {
        instancePath: instancePath + "/suppressTypeName",
        parentData: data,
        parentDataProperty: "suppressTypeName",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tagKey !== undefined) {
      if (!validate23(data.tagKey, {
        instancePath: instancePath + "/tagKey",
        parentData: data,
        parentDataProperty: "tagKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKey !== undefined) {
      if (!validate23(data.timeKey, {
        instancePath: instancePath + "/timeKey",
        parentData: data,
        parentDataProperty: "timeKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKeyFormat !== undefined) {
      if (!validate23(data.timeKeyFormat, {
        instancePath: instancePath + "/timeKeyFormat",
        parentData: data,
        parentDataProperty: "timeKeyFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKeyNanos !== undefined) {
      if (!validate24(data.timeKeyNanos, {
        instancePath: instancePath + "/timeKeyNanos",
        parentData: data,
        parentDataProperty: "timeKeyNanos",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.totalLimitSize !== undefined) {
      if (!validate23(data.totalLimitSize, {
        instancePath: instancePath + "/totalLimitSize",
        parentData: data,
        parentDataProperty: "totalLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.traceError !== undefined) {
      if (!validate24(data.traceError, {
        instancePath: instancePath + "/traceError",
        parentData: data,
        parentDataProperty: "traceError",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.traceOutput !== undefined) {
      if (!validate24(data.traceOutput, {
        instancePath: instancePath + "/traceOutput",
        parentData: data,
        parentDataProperty: "traceOutput",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== undefined) {
      if (!validate23(data.type, {
        instancePath: instancePath + "/type",
        parentData: data,
        parentDataProperty: "type",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.writeOperation !== undefined) {
      if (!validate23(data.writeOperation, {
        instancePath: instancePath + "/writeOperation",
        parentData: data,
        parentDataProperty: "writeOperation",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate153.errors = vErrors;
  return errors === 0;
}
const schema44 = {
  "properties": {
    "delimiter": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "file": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "format": {
      "$ref": "48vdsYfJg5KVKcbrzGZWMBL1dbtMqRHfCN28Xyh30PY"
    },
    "labelDelimiter": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "path": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "template": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema45 = {
  "enum": ["out_file", "plain", "csv", "ltsv", "template"],
  "type": "string",
  "nullable": true
};
function validate197(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "out_file" || data === "plain" || data === "csv" || data === "ltsv" || data === "template")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema45.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate197.errors = vErrors;
  return errors === 0;
}
function validate194(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.delimiter !== undefined) {
      if (!validate23(data.delimiter, {
        instancePath: instancePath + "/delimiter",
        parentData: data,
        parentDataProperty: "delimiter",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.file !== undefined) {
      if (!validate23(data.file, {
        instancePath: instancePath + "/file",
        parentData: data,
        parentDataProperty: "file",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.format !== undefined) {
      if (!validate197(data.format, {
        instancePath: instancePath + "/format",
        parentData: data,
        parentDataProperty: "format",
        rootData
      })) {
        vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);
        errors = vErrors.length;
      }
    }
    if (data.labelDelimiter !== undefined) {
      if (!validate23(data.labelDelimiter, {
        instancePath: instancePath + "/labelDelimiter",
        parentData: data,
        parentDataProperty: "labelDelimiter",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.path !== undefined) {
      if (!validate23(data.path, {
        instancePath: instancePath + "/path",
        parentData: data,
        parentDataProperty: "path",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.template !== undefined) {
      if (!validate23(data.template, {
        instancePath: instancePath + "/template",
        parentData: data,
        parentDataProperty: "template",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate194.errors = vErrors;
  return errors === 0;
}
const schema46 = {
  "properties": {
    "autoRetryRequests": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "compression": {
      "$ref": "6BdflIsgIrpUis3w7B5Em5uhNAENghEgjSmX0kDVkE"
    },
    "dataKeys": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "deliveryStream": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "endpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "externalID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "profile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "region": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "roleARN": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "simpleAggregation": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "stsEndpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKeyFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    }
  },
  "required": ["deliveryStream", "region"],
  "type": "object",
  "nullable": true
};
const schema47 = {
  "enum": ["gzip", "snappy", "lz4", "zstd"],
  "type": "string",
  "nullable": true
};
function validate205(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "gzip" || data === "snappy" || data === "lz4" || data === "zstd")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema47.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate205.errors = vErrors;
  return errors === 0;
}
function validate203(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.deliveryStream === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "deliveryStream"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.region === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "region"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.autoRetryRequests !== undefined) {
      if (!validate24(data.autoRetryRequests, {
        instancePath: instancePath + "/autoRetryRequests",
        parentData: data,
        parentDataProperty: "autoRetryRequests",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.compression !== undefined) {
      if (!validate205(data.compression, {
        instancePath: instancePath + "/compression",
        parentData: data,
        parentDataProperty: "compression",
        rootData
      })) {
        vErrors = vErrors === null ? validate205.errors : vErrors.concat(validate205.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataKeys !== undefined) {
      if (!validate23(data.dataKeys, {
        instancePath: instancePath + "/dataKeys",
        parentData: data,
        parentDataProperty: "dataKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.deliveryStream !== undefined) {
      if (!validate22(data.deliveryStream, {
        instancePath: instancePath + "/deliveryStream",
        parentData: data,
        parentDataProperty: "deliveryStream",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.endpoint !== undefined) {
      if (!validate23(data.endpoint, {
        instancePath: instancePath + "/endpoint",
        parentData: data,
        parentDataProperty: "endpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.externalID !== undefined) {
      if (!validate23(data.externalID, {
        instancePath: instancePath + "/externalID",
        parentData: data,
        parentDataProperty: "externalID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logKey !== undefined) {
      if (!validate23(data.logKey, {
        instancePath: instancePath + "/logKey",
        parentData: data,
        parentDataProperty: "logKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.profile !== undefined) {
      if (!validate23(data.profile, {
        instancePath: instancePath + "/profile",
        parentData: data,
        parentDataProperty: "profile",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.region !== undefined) {
      if (!validate22(data.region, {
        instancePath: instancePath + "/region",
        parentData: data,
        parentDataProperty: "region",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.roleARN !== undefined) {
      if (!validate23(data.roleARN, {
        instancePath: instancePath + "/roleARN",
        parentData: data,
        parentDataProperty: "roleARN",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.simpleAggregation !== undefined) {
      if (!validate24(data.simpleAggregation, {
        instancePath: instancePath + "/simpleAggregation",
        parentData: data,
        parentDataProperty: "simpleAggregation",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.stsEndpoint !== undefined) {
      if (!validate23(data.stsEndpoint, {
        instancePath: instancePath + "/stsEndpoint",
        parentData: data,
        parentDataProperty: "stsEndpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKey !== undefined) {
      if (!validate23(data.timeKey, {
        instancePath: instancePath + "/timeKey",
        parentData: data,
        parentDataProperty: "timeKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKeyFormat !== undefined) {
      if (!validate23(data.timeKeyFormat, {
        instancePath: instancePath + "/timeKeyFormat",
        parentData: data,
        parentDataProperty: "timeKeyFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.workers !== undefined) {
      if (!validate25(data.workers, {
        instancePath: instancePath + "/workers",
        parentData: data,
        parentDataProperty: "workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate203.errors = vErrors;
  return errors === 0;
}
const schema48 = {
  "properties": {
    "emptySharedKey": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "password": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "requireAckResponse": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "retainMetadataInForwardMode": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "selfHostname": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "sendOptions": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "sharedKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tag": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeAsInteger": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "username": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    }
  },
  "type": "object",
  "nullable": true
};
function validate221(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.emptySharedKey !== undefined) {
      if (!validate24(data.emptySharedKey, {
        instancePath: instancePath + "/emptySharedKey",
        parentData: data,
        parentDataProperty: "emptySharedKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.password !== undefined) {
      if (!validate35(data.password, {
        instancePath: instancePath + "/password",
        parentData: data,
        parentDataProperty: "password",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.requireAckResponse !== undefined) {
      if (!validate24(data.requireAckResponse, {
        instancePath: instancePath + "/requireAckResponse",
        parentData: data,
        parentDataProperty: "requireAckResponse",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.retainMetadataInForwardMode !== undefined) {
      if (!validate24(data.retainMetadataInForwardMode, {
        instancePath: instancePath + "/retainMetadataInForwardMode",
        parentData: data,
        parentDataProperty: "retainMetadataInForwardMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.selfHostname !== undefined) {
      if (!validate23(data.selfHostname, {
        instancePath: instancePath + "/selfHostname",
        parentData: data,
        parentDataProperty: "selfHostname",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.sendOptions !== undefined) {
      if (!validate24(data.sendOptions, {
        instancePath: instancePath + "/sendOptions",
        parentData: data,
        parentDataProperty: "sendOptions",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.sharedKey !== undefined) {
      if (!validate23(data.sharedKey, {
        instancePath: instancePath + "/sharedKey",
        parentData: data,
        parentDataProperty: "sharedKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tag !== undefined) {
      if (!validate23(data.tag, {
        instancePath: instancePath + "/tag",
        parentData: data,
        parentDataProperty: "tag",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeAsInteger !== undefined) {
      if (!validate24(data.timeAsInteger, {
        instancePath: instancePath + "/timeAsInteger",
        parentData: data,
        parentDataProperty: "timeAsInteger",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.username !== undefined) {
      if (!validate35(data.username, {
        instancePath: instancePath + "/username",
        parentData: data,
        parentDataProperty: "username",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  }
  validate221.errors = vErrors;
  return errors === 0;
}
const schema49 = {
  "properties": {
    "compress": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "fullMessageKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "hostKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "levelKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "mode": {
      "$ref": "EnM5HHjaIpEtNLhuCtnWybrNyUuNSVConNncXfiQAg"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "packetSize": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "shortMessageKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timestampKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    }
  },
  "type": "object",
  "nullable": true
};
const schema50 = {
  "enum": ["tls", "tcp", "udp"],
  "type": "string",
  "nullable": true
};
function validate243(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "tls" || data === "tcp" || data === "udp")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema50.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate243.errors = vErrors;
  return errors === 0;
}
function validate237(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.compress !== undefined) {
      if (!validate24(data.compress, {
        instancePath: instancePath + "/compress",
        parentData: data,
        parentDataProperty: "compress",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.fullMessageKey !== undefined) {
      if (!validate23(data.fullMessageKey, {
        instancePath: instancePath + "/fullMessageKey",
        parentData: data,
        parentDataProperty: "fullMessageKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.hostKey !== undefined) {
      if (!validate23(data.hostKey, {
        instancePath: instancePath + "/hostKey",
        parentData: data,
        parentDataProperty: "hostKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.levelKey !== undefined) {
      if (!validate23(data.levelKey, {
        instancePath: instancePath + "/levelKey",
        parentData: data,
        parentDataProperty: "levelKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== undefined) {
      if (!validate243(data.mode, {
        instancePath: instancePath + "/mode",
        parentData: data,
        parentDataProperty: "mode",
        rootData
      })) {
        vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.packetSize !== undefined) {
      if (!validate25(data.packetSize, {
        instancePath: instancePath + "/packetSize",
        parentData: data,
        parentDataProperty: "packetSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.shortMessageKey !== undefined) {
      if (!validate23(data.shortMessageKey, {
        instancePath: instancePath + "/shortMessageKey",
        parentData: data,
        parentDataProperty: "shortMessageKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timestampKey !== undefined) {
      if (!validate23(data.timestampKey, {
        instancePath: instancePath + "/timestampKey",
        parentData: data,
        parentDataProperty: "timestampKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  }
  validate237.errors = vErrors;
  return errors === 0;
}
const schema51 = {
  "properties": {
    "allowDuplicatedHeaders": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "compress": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "format": {
      "$ref": "mNU6JeCJDrEFXLhPA6VQCYw4THbG356OZVJglZPkyv8"
    },
    "gelfFullMessageKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "gelfHostKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "gelfLevelKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "gelfShortMessageKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "gelfTimestampKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "headerTag": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "headers": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "httpPassword": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpUser": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "jsonDateFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "jsonDateKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logResponsePayload": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "proxy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "totalLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "uri": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema52 = {
  "enum": ["msgpack", "json", "json_stream", "json_lines", "gelf"],
  "type": "string",
  "nullable": true
};
function validate255(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "msgpack" || data === "json" || data === "json_stream" || data === "json_lines" || data === "gelf")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema52.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate255.errors = vErrors;
  return errors === 0;
}
const schema22 = {
  "additionalProperties": {
    "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
  },
  "type": "object",
  "properties": {},
  "nullable": true
};
function validate68(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate22(data[key0], {
        instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
        parentData: data,
        parentDataProperty: key0,
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  }
  validate68.errors = vErrors;
  return errors === 0;
}
function validate252(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.allowDuplicatedHeaders !== undefined) {
      if (!validate24(data.allowDuplicatedHeaders, {
        instancePath: instancePath + "/allowDuplicatedHeaders",
        parentData: data,
        parentDataProperty: "allowDuplicatedHeaders",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.compress !== undefined) {
      if (!validate23(data.compress, {
        instancePath: instancePath + "/compress",
        parentData: data,
        parentDataProperty: "compress",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.format !== undefined) {
      if (!validate255(data.format, {
        instancePath: instancePath + "/format",
        parentData: data,
        parentDataProperty: "format",
        rootData
      })) {
        vErrors = vErrors === null ? validate255.errors : vErrors.concat(validate255.errors);
        errors = vErrors.length;
      }
    }
    if (data.gelfFullMessageKey !== undefined) {
      if (!validate23(data.gelfFullMessageKey, {
        instancePath: instancePath + "/gelfFullMessageKey",
        parentData: data,
        parentDataProperty: "gelfFullMessageKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.gelfHostKey !== undefined) {
      if (!validate23(data.gelfHostKey, {
        instancePath: instancePath + "/gelfHostKey",
        parentData: data,
        parentDataProperty: "gelfHostKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.gelfLevelKey !== undefined) {
      if (!validate23(data.gelfLevelKey, {
        instancePath: instancePath + "/gelfLevelKey",
        parentData: data,
        parentDataProperty: "gelfLevelKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.gelfShortMessageKey !== undefined) {
      if (!validate23(data.gelfShortMessageKey, {
        instancePath: instancePath + "/gelfShortMessageKey",
        parentData: data,
        parentDataProperty: "gelfShortMessageKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.gelfTimestampKey !== undefined) {
      if (!validate23(data.gelfTimestampKey, {
        instancePath: instancePath + "/gelfTimestampKey",
        parentData: data,
        parentDataProperty: "gelfTimestampKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.headerTag !== undefined) {
      if (!validate23(data.headerTag, {
        instancePath: instancePath + "/headerTag",
        parentData: data,
        parentDataProperty: "headerTag",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.headers !== undefined) {
      if (!validate68(data.headers, {
        instancePath: instancePath + "/headers",
        parentData: data,
        parentDataProperty: "headers",
        rootData
      })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPassword !== undefined) {
      if (!validate35(data.httpPassword, {
        instancePath: instancePath + "/httpPassword",
        parentData: data,
        parentDataProperty: "httpPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpUser !== undefined) {
      if (!validate35(data.httpUser, {
        instancePath: instancePath + "/httpUser",
        parentData: data,
        parentDataProperty: "httpUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.jsonDateFormat !== undefined) {
      if (!validate23(data.jsonDateFormat, {
        instancePath: instancePath + "/jsonDateFormat",
        parentData: data,
        parentDataProperty: "jsonDateFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.jsonDateKey !== undefined) {
      if (!validate23(data.jsonDateKey, {
        instancePath: instancePath + "/jsonDateKey",
        parentData: data,
        parentDataProperty: "jsonDateKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logResponsePayload !== undefined) {
      if (!validate24(data.logResponsePayload, {
        instancePath: instancePath + "/logResponsePayload",
        parentData: data,
        parentDataProperty: "logResponsePayload",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy !== undefined) {
      if (!validate23(data.proxy, {
        instancePath: instancePath + "/proxy",
        parentData: data,
        parentDataProperty: "proxy",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.totalLimitSize !== undefined) {
      if (!validate23(data.totalLimitSize, {
        instancePath: instancePath + "/totalLimitSize",
        parentData: data,
        parentDataProperty: "totalLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.uri !== undefined) {
      if (!validate23(data.uri, {
        instancePath: instancePath + "/uri",
        parentData: data,
        parentDataProperty: "uri",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate252.errors = vErrors;
  return errors === 0;
}
const schema53 = {
  "properties": {
    "autoTags": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "bucket": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "database": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "host": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "httpPassword": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpToken": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpUser": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "org": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "sequenceTag": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tagKeys": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "tagListKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tagsListEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    }
  },
  "required": ["host"],
  "type": "object",
  "nullable": true
};
const schema23 = {
  "items": {
    "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
  },
  "type": "array",
  "nullable": true
};
function validate70(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate22(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
function validate277(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.host === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "host"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.autoTags !== undefined) {
      if (!validate24(data.autoTags, {
        instancePath: instancePath + "/autoTags",
        parentData: data,
        parentDataProperty: "autoTags",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.bucket !== undefined) {
      if (!validate23(data.bucket, {
        instancePath: instancePath + "/bucket",
        parentData: data,
        parentDataProperty: "bucket",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.database !== undefined) {
      if (!validate23(data.database, {
        instancePath: instancePath + "/database",
        parentData: data,
        parentDataProperty: "database",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate22(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPassword !== undefined) {
      if (!validate35(data.httpPassword, {
        instancePath: instancePath + "/httpPassword",
        parentData: data,
        parentDataProperty: "httpPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpToken !== undefined) {
      if (!validate35(data.httpToken, {
        instancePath: instancePath + "/httpToken",
        parentData: data,
        parentDataProperty: "httpToken",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpUser !== undefined) {
      if (!validate35(data.httpUser, {
        instancePath: instancePath + "/httpUser",
        parentData: data,
        parentDataProperty: "httpUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.org !== undefined) {
      if (!validate23(data.org, {
        instancePath: instancePath + "/org",
        parentData: data,
        parentDataProperty: "org",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.sequenceTag !== undefined) {
      if (!validate23(data.sequenceTag, {
        instancePath: instancePath + "/sequenceTag",
        parentData: data,
        parentDataProperty: "sequenceTag",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tagKeys !== undefined) {
      if (!validate70(data.tagKeys, {
        instancePath: instancePath + "/tagKeys",
        parentData: data,
        parentDataProperty: "tagKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.tagListKey !== undefined) {
      if (!validate23(data.tagListKey, {
        instancePath: instancePath + "/tagListKey",
        parentData: data,
        parentDataProperty: "tagListKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tagsListEnabled !== undefined) {
      if (!validate24(data.tagsListEnabled, {
        instancePath: instancePath + "/tagsListEnabled",
        parentData: data,
        parentDataProperty: "tagsListEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  }
  validate277.errors = vErrors;
  return errors === 0;
}
const schema54 = {
  "properties": {
    "brokers": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "dynamicTopic": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "format": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "messageKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "messageKeyField": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "queueFullRetries": {
      "$ref": "NW88HfrvS38u8Yy207QW6S7qFs2gsa0jBgSYGvqPw"
    },
    "rawLogKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "rdkafka": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "timestampFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timestampKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "topicKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "topics": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "totalLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    }
  },
  "type": "object",
  "nullable": true
};
const schema55 = {
  "format": "int64",
  "type": "integer",
  "nullable": true
};
const formats8 = formats.int64;
function validate300(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats8.validate(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int64"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate300.errors = vErrors;
  return errors === 0;
}
function validate294(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.brokers !== undefined) {
      if (!validate23(data.brokers, {
        instancePath: instancePath + "/brokers",
        parentData: data,
        parentDataProperty: "brokers",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.dynamicTopic !== undefined) {
      if (!validate24(data.dynamicTopic, {
        instancePath: instancePath + "/dynamicTopic",
        parentData: data,
        parentDataProperty: "dynamicTopic",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.format !== undefined) {
      if (!validate23(data.format, {
        instancePath: instancePath + "/format",
        parentData: data,
        parentDataProperty: "format",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.messageKey !== undefined) {
      if (!validate23(data.messageKey, {
        instancePath: instancePath + "/messageKey",
        parentData: data,
        parentDataProperty: "messageKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.messageKeyField !== undefined) {
      if (!validate23(data.messageKeyField, {
        instancePath: instancePath + "/messageKeyField",
        parentData: data,
        parentDataProperty: "messageKeyField",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.queueFullRetries !== undefined) {
      if (!validate300(data.queueFullRetries, {
        instancePath: instancePath + "/queueFullRetries",
        parentData: data,
        parentDataProperty: "queueFullRetries",
        rootData
      })) {
        vErrors = vErrors === null ? validate300.errors : vErrors.concat(validate300.errors);
        errors = vErrors.length;
      }
    }
    if (data.rawLogKey !== undefined) {
      if (!validate23(data.rawLogKey, {
        instancePath: instancePath + "/rawLogKey",
        parentData: data,
        parentDataProperty: "rawLogKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.rdkafka !== undefined) {
      if (!validate68(data.rdkafka, {
        instancePath: instancePath + "/rdkafka",
        parentData: data,
        parentDataProperty: "rdkafka",
        rootData
      })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.timestampFormat !== undefined) {
      if (!validate23(data.timestampFormat, {
        instancePath: instancePath + "/timestampFormat",
        parentData: data,
        parentDataProperty: "timestampFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timestampKey !== undefined) {
      if (!validate23(data.timestampKey, {
        instancePath: instancePath + "/timestampKey",
        parentData: data,
        parentDataProperty: "timestampKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.topicKey !== undefined) {
      if (!validate23(data.topicKey, {
        instancePath: instancePath + "/topicKey",
        parentData: data,
        parentDataProperty: "topicKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.topics !== undefined) {
      if (!validate23(data.topics, {
        instancePath: instancePath + "/topics",
        parentData: data,
        parentDataProperty: "topics",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.totalLimitSize !== undefined) {
      if (!validate23(data.totalLimitSize, {
        instancePath: instancePath + "/totalLimitSize",
        parentData: data,
        parentDataProperty: "totalLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.workers !== undefined) {
      if (!validate25(data.workers, {
        instancePath: instancePath + "/workers",
        parentData: data,
        parentDataProperty: "workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate294.errors = vErrors;
  return errors === 0;
}
const schema56 = {
  "properties": {
    "autoRetryRequests": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "endpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "externalID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "region": {
      "$ref": "98nkBGIQ3d7odskENdXv2JAKmhWIJZNaSjyBGu9gdA"
    },
    "roleARN": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "stream": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "stsEndpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKeyFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "required": ["region", "stream"],
  "type": "object",
  "nullable": true
};
const schema57 = {
  "minLength": 1,
  "type": "string"
};
import func2 from "@kubernetes-models/validate/runtime/ucs2length";
function validate316(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: "#/minLength",
        keyword: "minLength",
        params: {
          limit: 1
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate316.errors = vErrors;
  return errors === 0;
}
function validate311(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.region === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "region"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.stream === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "stream"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.autoRetryRequests !== undefined) {
      if (!validate24(data.autoRetryRequests, {
        instancePath: instancePath + "/autoRetryRequests",
        parentData: data,
        parentDataProperty: "autoRetryRequests",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.endpoint !== undefined) {
      if (!validate23(data.endpoint, {
        instancePath: instancePath + "/endpoint",
        parentData: data,
        parentDataProperty: "endpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.externalID !== undefined) {
      if (!validate23(data.externalID, {
        instancePath: instancePath + "/externalID",
        parentData: data,
        parentDataProperty: "externalID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logKey !== undefined) {
      if (!validate23(data.logKey, {
        instancePath: instancePath + "/logKey",
        parentData: data,
        parentDataProperty: "logKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.region !== undefined) {
      if (!validate316(data.region, {
        instancePath: instancePath + "/region",
        parentData: data,
        parentDataProperty: "region",
        rootData
      })) {
        vErrors = vErrors === null ? validate316.errors : vErrors.concat(validate316.errors);
        errors = vErrors.length;
      }
    }
    if (data.roleARN !== undefined) {
      if (!validate23(data.roleARN, {
        instancePath: instancePath + "/roleARN",
        parentData: data,
        parentDataProperty: "roleARN",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.stream !== undefined) {
      if (!validate22(data.stream, {
        instancePath: instancePath + "/stream",
        parentData: data,
        parentDataProperty: "stream",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.stsEndpoint !== undefined) {
      if (!validate23(data.stsEndpoint, {
        instancePath: instancePath + "/stsEndpoint",
        parentData: data,
        parentDataProperty: "stsEndpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKey !== undefined) {
      if (!validate23(data.timeKey, {
        instancePath: instancePath + "/timeKey",
        parentData: data,
        parentDataProperty: "timeKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKeyFormat !== undefined) {
      if (!validate23(data.timeKeyFormat, {
        instancePath: instancePath + "/timeKeyFormat",
        parentData: data,
        parentDataProperty: "timeKeyFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate311.errors = vErrors;
  return errors === 0;
}
const schema58 = {
  "enum": ["off", "error", "warning", "info", "debug", "trace"],
  "type": "string",
  "nullable": true
};
function validate324(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "off" || data === "error" || data === "warning" || data === "info" || data === "debug" || data === "trace")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema58.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate324.errors = vErrors;
  return errors === 0;
}
const schema59 = {
  "properties": {
    "autoKubernetesLabels": {
      "$ref": "HIeO5A9tilLg7a1cGqRSCbX6YDmNgFXGQRhkgbbnXU"
    },
    "bearerToken": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "dropSingleKey": {
      "$ref": "HIeO5A9tilLg7a1cGqRSCbX6YDmNgFXGQRhkgbbnXU"
    },
    "host": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "httpPassword": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpUser": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "labelKeys": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "labelMapPath": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "labels": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "lineFormat": {
      "$ref": "t192iTas0yDsE1Fg1BBffxmGBrBg2Vxdzfn1o5i5VQU"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "removeKeys": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "structuredMetadata": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "structuredMetadataKeys": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "tenantID": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "tenantIDKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "totalLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "uri": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    }
  },
  "required": ["host"],
  "type": "object",
  "nullable": true
};
const schema60 = {
  "enum": ["json", "key_value"],
  "type": "string",
  "nullable": true
};
function validate336(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "json" || data === "key_value")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema60.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate336.errors = vErrors;
  return errors === 0;
}
function validate326(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.host === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "host"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.autoKubernetesLabels !== undefined) {
      if (!validate21(data.autoKubernetesLabels, {
        instancePath: instancePath + "/autoKubernetesLabels",
        parentData: data,
        parentDataProperty: "autoKubernetesLabels",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.bearerToken !== undefined) {
      if (!validate35(data.bearerToken, {
        instancePath: instancePath + "/bearerToken",
        parentData: data,
        parentDataProperty: "bearerToken",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.dropSingleKey !== undefined) {
      if (!validate21(data.dropSingleKey, {
        instancePath: instancePath + "/dropSingleKey",
        parentData: data,
        parentDataProperty: "dropSingleKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate22(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPassword !== undefined) {
      if (!validate35(data.httpPassword, {
        instancePath: instancePath + "/httpPassword",
        parentData: data,
        parentDataProperty: "httpPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpUser !== undefined) {
      if (!validate35(data.httpUser, {
        instancePath: instancePath + "/httpUser",
        parentData: data,
        parentDataProperty: "httpUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.labelKeys !== undefined) {
      if (!validate70(data.labelKeys, {
        instancePath: instancePath + "/labelKeys",
        parentData: data,
        parentDataProperty: "labelKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.labelMapPath !== undefined) {
      if (!validate23(data.labelMapPath, {
        instancePath: instancePath + "/labelMapPath",
        parentData: data,
        parentDataProperty: "labelMapPath",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== undefined) {
      if (!validate70(data.labels, {
        instancePath: instancePath + "/labels",
        parentData: data,
        parentDataProperty: "labels",
        rootData
      })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.lineFormat !== undefined) {
      if (!validate336(data.lineFormat, {
        instancePath: instancePath + "/lineFormat",
        parentData: data,
        parentDataProperty: "lineFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate336.errors : vErrors.concat(validate336.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.removeKeys !== undefined) {
      if (!validate70(data.removeKeys, {
        instancePath: instancePath + "/removeKeys",
        parentData: data,
        parentDataProperty: "removeKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.structuredMetadata !== undefined) {
      if (!validate68(data.structuredMetadata, {
        instancePath: instancePath + "/structuredMetadata",
        parentData: data,
        parentDataProperty: "structuredMetadata",
        rootData
      })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.structuredMetadataKeys !== undefined) {
      if (!validate70(data.structuredMetadataKeys, {
        instancePath: instancePath + "/structuredMetadataKeys",
        parentData: data,
        parentDataProperty: "structuredMetadataKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.tenantID !== undefined) {
      if (!validate35(data.tenantID, {
        instancePath: instancePath + "/tenantID",
        parentData: data,
        parentDataProperty: "tenantID",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.tenantIDKey !== undefined) {
      if (!validate23(data.tenantIDKey, {
        instancePath: instancePath + "/tenantIDKey",
        parentData: data,
        parentDataProperty: "tenantIDKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.totalLimitSize !== undefined) {
      if (!validate23(data.totalLimitSize, {
        instancePath: instancePath + "/totalLimitSize",
        parentData: data,
        parentDataProperty: "totalLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.uri !== undefined) {
      if (!validate23(data.uri, {
        instancePath: instancePath + "/uri",
        parentData: data,
        parentDataProperty: "uri",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.workers !== undefined) {
      if (!validate25(data.workers, {
        instancePath: instancePath + "/workers",
        parentData: data,
        parentDataProperty: "workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate326.errors = vErrors;
  return errors === 0;
}
const schema61 = {
  "properties": {
    "awsAuth": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "awsExternalID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "awsRegion": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "awsRoleARN": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "awsSTSEndpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "bufferSize": {
      "$ref": "IsEGTfFItVn147L64oOCXbItCRrFnZffNJfyeOOnUVY"
    },
    "compress": {
      "$ref": "Pijz2gUuUxKnFUlW3n1IusU0zg0v3eYhrmpaTBMt18Y"
    },
    "currentTimeIndex": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "generateID": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "httpPassword": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpUser": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "idKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "includeTagKey": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "index": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logstashDateFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logstashFormat": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "logstashPrefix": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logstashPrefixKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "path": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "pipeline": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "replaceDots": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "suppressTypeName": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "tagKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKeyFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "timeKeyNanos": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "totalLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "traceError": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "traceOutput": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "type": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "writeOperation": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
function validate353(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.awsAuth !== undefined) {
      if (!validate23(data.awsAuth, {
        instancePath: instancePath + "/awsAuth",
        parentData: data,
        parentDataProperty: "awsAuth",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsExternalID !== undefined) {
      if (!validate23(data.awsExternalID, {
        instancePath: instancePath + "/awsExternalID",
        parentData: data,
        parentDataProperty: "awsExternalID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsRegion !== undefined) {
      if (!validate23(data.awsRegion, {
        instancePath: instancePath + "/awsRegion",
        parentData: data,
        parentDataProperty: "awsRegion",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsRoleARN !== undefined) {
      if (!validate23(data.awsRoleARN, {
        instancePath: instancePath + "/awsRoleARN",
        parentData: data,
        parentDataProperty: "awsRoleARN",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.awsSTSEndpoint !== undefined) {
      if (!validate23(data.awsSTSEndpoint, {
        instancePath: instancePath + "/awsSTSEndpoint",
        parentData: data,
        parentDataProperty: "awsSTSEndpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.bufferSize !== undefined) {
      if (!validate73(data.bufferSize, {
        instancePath: instancePath + "/bufferSize",
        parentData: data,
        parentDataProperty: "bufferSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.compress !== undefined) {
      if (!validate74(data.compress, {
        instancePath: instancePath + "/compress",
        parentData: data,
        parentDataProperty: "compress",
        rootData
      })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.currentTimeIndex !== undefined) {
      if (!validate24(data.currentTimeIndex, {
        instancePath: instancePath + "/currentTimeIndex",
        parentData: data,
        parentDataProperty: "currentTimeIndex",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.generateID !== undefined) {
      if (!validate24(data.generateID, {
        instancePath: instancePath + "/generateID",
        parentData: data,
        parentDataProperty: "generateID",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPassword !== undefined) {
      if (!validate35(data.httpPassword, {
        instancePath: instancePath + "/httpPassword",
        parentData: data,
        parentDataProperty: "httpPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpUser !== undefined) {
      if (!validate35(data.httpUser, {
        instancePath: instancePath + "/httpUser",
        parentData: data,
        parentDataProperty: "httpUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.idKey !== undefined) {
      if (!validate23(data.idKey, {
        instancePath: instancePath + "/idKey",
        parentData: data,
        parentDataProperty: "idKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.includeTagKey !== undefined) {
      if (!validate24(data.includeTagKey, {
        instancePath: instancePath + "/includeTagKey",
        parentData: data,
        parentDataProperty: "includeTagKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.index !== undefined) {
      if (!validate23(data.index, {
        instancePath: instancePath + "/index",
        parentData: data,
        parentDataProperty: "index",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logstashDateFormat !== undefined) {
      if (!validate23(data.logstashDateFormat, {
        instancePath: instancePath + "/logstashDateFormat",
        parentData: data,
        parentDataProperty: "logstashDateFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logstashFormat !== undefined) {
      if (!validate24(data.logstashFormat, {
        instancePath: instancePath + "/logstashFormat",
        parentData: data,
        parentDataProperty: "logstashFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.logstashPrefix !== undefined) {
      if (!validate23(data.logstashPrefix, {
        instancePath: instancePath + "/logstashPrefix",
        parentData: data,
        parentDataProperty: "logstashPrefix",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logstashPrefixKey !== undefined) {
      if (!validate23(data.logstashPrefixKey, {
        instancePath: instancePath + "/logstashPrefixKey",
        parentData: data,
        parentDataProperty: "logstashPrefixKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.path !== undefined) {
      if (!validate23(data.path, {
        instancePath: instancePath + "/path",
        parentData: data,
        parentDataProperty: "path",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.pipeline !== undefined) {
      if (!validate23(data.pipeline, {
        instancePath: instancePath + "/pipeline",
        parentData: data,
        parentDataProperty: "pipeline",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.replaceDots !== undefined) {
      if (!validate24(data.replaceDots, {
        instancePath: instancePath + "/replaceDots",
        parentData: data,
        parentDataProperty: "replaceDots",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.suppressTypeName !== undefined) {
      if (!validate24(data.suppressTypeName, {
        instancePath: instancePath + "/suppressTypeName",
        parentData: data,
        parentDataProperty: "suppressTypeName",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.tagKey !== undefined) {
      if (!validate23(data.tagKey, {
        instancePath: instancePath + "/tagKey",
        parentData: data,
        parentDataProperty: "tagKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKey !== undefined) {
      if (!validate23(data.timeKey, {
        instancePath: instancePath + "/timeKey",
        parentData: data,
        parentDataProperty: "timeKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKeyFormat !== undefined) {
      if (!validate23(data.timeKeyFormat, {
        instancePath: instancePath + "/timeKeyFormat",
        parentData: data,
        parentDataProperty: "timeKeyFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeKeyNanos !== undefined) {
      if (!validate24(data.timeKeyNanos, {
        instancePath: instancePath + "/timeKeyNanos",
        parentData: data,
        parentDataProperty: "timeKeyNanos",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.totalLimitSize !== undefined) {
      if (!validate23(data.totalLimitSize, {
        instancePath: instancePath + "/totalLimitSize",
        parentData: data,
        parentDataProperty: "totalLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.traceError !== undefined) {
      if (!validate24(data.traceError, {
        instancePath: instancePath + "/traceError",
        parentData: data,
        parentDataProperty: "traceError",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.traceOutput !== undefined) {
      if (!validate24(data.traceOutput, {
        instancePath: instancePath + "/traceOutput",
        parentData: data,
        parentDataProperty: "traceOutput",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== undefined) {
      if (!validate23(data.type, {
        instancePath: instancePath + "/type",
        parentData: data,
        parentDataProperty: "type",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.workers !== undefined) {
      if (!validate25(data.workers, {
        instancePath: instancePath + "/workers",
        parentData: data,
        parentDataProperty: "workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.writeOperation !== undefined) {
      if (!validate23(data.writeOperation, {
        instancePath: instancePath + "/writeOperation",
        parentData: data,
        parentDataProperty: "writeOperation",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate353.errors = vErrors;
  return errors === 0;
}
const schema62 = {
  "properties": {
    "addLabel": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "batchSize": {
      "$ref": "w5IhIKa86RwAovE05iaUbTTyUvDPPwDIMFk2QbV9s2w"
    },
    "header": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "httpPassword": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpUser": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "logResponsePayload": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "logsBodyKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logsBodyKeyAttributes": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "logsUri": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "metricsUri": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "proxy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "totalLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tracesUri": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema63 = {
  "format": "int32",
  "type": "integer",
  "minimum": 0,
  "nullable": true
};
function validate393(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data < 0 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/minimum",
        keyword: "minimum",
        params: {
          comparison: ">=",
          limit: 0
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!formats0.validate(data)) {
      const err2 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int32"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate393.errors = vErrors;
  return errors === 0;
}
function validate391(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.addLabel !== undefined) {
      if (!validate68(data.addLabel, {
        instancePath: instancePath + "/addLabel",
        parentData: data,
        parentDataProperty: "addLabel",
        rootData
      })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.batchSize !== undefined) {
      if (!validate393(data.batchSize, {
        instancePath: instancePath + "/batchSize",
        parentData: data,
        parentDataProperty: "batchSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate393.errors : vErrors.concat(validate393.errors);
        errors = vErrors.length;
      }
    }
    if (data.header !== undefined) {
      if (!validate68(data.header, {
        instancePath: instancePath + "/header",
        parentData: data,
        parentDataProperty: "header",
        rootData
      })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPassword !== undefined) {
      if (!validate35(data.httpPassword, {
        instancePath: instancePath + "/httpPassword",
        parentData: data,
        parentDataProperty: "httpPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpUser !== undefined) {
      if (!validate35(data.httpUser, {
        instancePath: instancePath + "/httpUser",
        parentData: data,
        parentDataProperty: "httpUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.logResponsePayload !== undefined) {
      if (!validate24(data.logResponsePayload, {
        instancePath: instancePath + "/logResponsePayload",
        parentData: data,
        parentDataProperty: "logResponsePayload",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.logsBodyKey !== undefined) {
      if (!validate23(data.logsBodyKey, {
        instancePath: instancePath + "/logsBodyKey",
        parentData: data,
        parentDataProperty: "logsBodyKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logsBodyKeyAttributes !== undefined) {
      if (!validate24(data.logsBodyKeyAttributes, {
        instancePath: instancePath + "/logsBodyKeyAttributes",
        parentData: data,
        parentDataProperty: "logsBodyKeyAttributes",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.logsUri !== undefined) {
      if (!validate23(data.logsUri, {
        instancePath: instancePath + "/logsUri",
        parentData: data,
        parentDataProperty: "logsUri",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.metricsUri !== undefined) {
      if (!validate23(data.metricsUri, {
        instancePath: instancePath + "/metricsUri",
        parentData: data,
        parentDataProperty: "metricsUri",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy !== undefined) {
      if (!validate23(data.proxy, {
        instancePath: instancePath + "/proxy",
        parentData: data,
        parentDataProperty: "proxy",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.totalLimitSize !== undefined) {
      if (!validate23(data.totalLimitSize, {
        instancePath: instancePath + "/totalLimitSize",
        parentData: data,
        parentDataProperty: "totalLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tracesUri !== undefined) {
      if (!validate23(data.tracesUri, {
        instancePath: instancePath + "/tracesUri",
        parentData: data,
        parentDataProperty: "tracesUri",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate391.errors = vErrors;
  return errors === 0;
}
const schema64 = {
  "properties": {
    "addLabels": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "host": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    }
  },
  "required": ["host"],
  "type": "object",
  "nullable": true
};
function validate412(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.host === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "host"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.addLabels !== undefined) {
      if (!validate68(data.addLabels, {
        instancePath: instancePath + "/addLabels",
        parentData: data,
        parentDataProperty: "addLabels",
        rootData
      })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate22(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
  }
  validate412.errors = vErrors;
  return errors === 0;
}
const schema65 = {
  "properties": {
    "addLabels": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "headers": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "host": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "httpPasswd": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpUser": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "logResponsePayload": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "proxy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "uri": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    }
  },
  "required": ["host"],
  "type": "object",
  "nullable": true
};
function validate417(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.host === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "host"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.addLabels !== undefined) {
      if (!validate68(data.addLabels, {
        instancePath: instancePath + "/addLabels",
        parentData: data,
        parentDataProperty: "addLabels",
        rootData
      })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.headers !== undefined) {
      if (!validate68(data.headers, {
        instancePath: instancePath + "/headers",
        parentData: data,
        parentDataProperty: "headers",
        rootData
      })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate22(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPasswd !== undefined) {
      if (!validate35(data.httpPasswd, {
        instancePath: instancePath + "/httpPasswd",
        parentData: data,
        parentDataProperty: "httpPasswd",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpUser !== undefined) {
      if (!validate35(data.httpUser, {
        instancePath: instancePath + "/httpUser",
        parentData: data,
        parentDataProperty: "httpUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.logResponsePayload !== undefined) {
      if (!validate24(data.logResponsePayload, {
        instancePath: instancePath + "/logResponsePayload",
        parentData: data,
        parentDataProperty: "logResponsePayload",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.proxy !== undefined) {
      if (!validate23(data.proxy, {
        instancePath: instancePath + "/proxy",
        parentData: data,
        parentDataProperty: "proxy",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.uri !== undefined) {
      if (!validate23(data.uri, {
        instancePath: instancePath + "/uri",
        parentData: data,
        parentDataProperty: "uri",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.workers !== undefined) {
      if (!validate25(data.workers, {
        instancePath: instancePath + "/workers",
        parentData: data,
        parentDataProperty: "workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate417.errors = vErrors;
  return errors === 0;
}
const schema66 = {
  "properties": {
    "AutoRetryRequests": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "Bucket": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "CannedAcl": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "Compression": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "ContentType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "Endpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "ExternalId": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "JsonDateFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "JsonDateKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "LogKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "PreserveDataOrdering": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "Profile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "Region": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "RetryLimit": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "RoleArn": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "S3KeyFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "S3KeyFormatTagDelimiters": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "SendContentMd5": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "StaticFilePath": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "StorageClass": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "StoreDir": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "StoreDirLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "StsEndpoint": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "TotalFileSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "UploadChunkSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "UploadTimeout": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "UsePutObject": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "Workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    }
  },
  "required": ["Bucket", "Region"],
  "type": "object",
  "nullable": true
};
function validate432(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Bucket === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "Bucket"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Region === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "Region"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.AutoRetryRequests !== undefined) {
      if (!validate24(data.AutoRetryRequests, {
        instancePath: instancePath + "/AutoRetryRequests",
        parentData: data,
        parentDataProperty: "AutoRetryRequests",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.Bucket !== undefined) {
      if (!validate22(data.Bucket, {
        instancePath: instancePath + "/Bucket",
        parentData: data,
        parentDataProperty: "Bucket",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.CannedAcl !== undefined) {
      if (!validate23(data.CannedAcl, {
        instancePath: instancePath + "/CannedAcl",
        parentData: data,
        parentDataProperty: "CannedAcl",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.Compression !== undefined) {
      if (!validate23(data.Compression, {
        instancePath: instancePath + "/Compression",
        parentData: data,
        parentDataProperty: "Compression",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.ContentType !== undefined) {
      if (!validate23(data.ContentType, {
        instancePath: instancePath + "/ContentType",
        parentData: data,
        parentDataProperty: "ContentType",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.Endpoint !== undefined) {
      if (!validate23(data.Endpoint, {
        instancePath: instancePath + "/Endpoint",
        parentData: data,
        parentDataProperty: "Endpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.ExternalId !== undefined) {
      if (!validate23(data.ExternalId, {
        instancePath: instancePath + "/ExternalId",
        parentData: data,
        parentDataProperty: "ExternalId",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.JsonDateFormat !== undefined) {
      if (!validate23(data.JsonDateFormat, {
        instancePath: instancePath + "/JsonDateFormat",
        parentData: data,
        parentDataProperty: "JsonDateFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.JsonDateKey !== undefined) {
      if (!validate23(data.JsonDateKey, {
        instancePath: instancePath + "/JsonDateKey",
        parentData: data,
        parentDataProperty: "JsonDateKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.LogKey !== undefined) {
      if (!validate23(data.LogKey, {
        instancePath: instancePath + "/LogKey",
        parentData: data,
        parentDataProperty: "LogKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.PreserveDataOrdering !== undefined) {
      if (!validate24(data.PreserveDataOrdering, {
        instancePath: instancePath + "/PreserveDataOrdering",
        parentData: data,
        parentDataProperty: "PreserveDataOrdering",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.Profile !== undefined) {
      if (!validate23(data.Profile, {
        instancePath: instancePath + "/Profile",
        parentData: data,
        parentDataProperty: "Profile",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.Region !== undefined) {
      if (!validate22(data.Region, {
        instancePath: instancePath + "/Region",
        parentData: data,
        parentDataProperty: "Region",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.RetryLimit !== undefined) {
      if (!validate25(data.RetryLimit, {
        instancePath: instancePath + "/RetryLimit",
        parentData: data,
        parentDataProperty: "RetryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.RoleArn !== undefined) {
      if (!validate23(data.RoleArn, {
        instancePath: instancePath + "/RoleArn",
        parentData: data,
        parentDataProperty: "RoleArn",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.S3KeyFormat !== undefined) {
      if (!validate23(data.S3KeyFormat, {
        instancePath: instancePath + "/S3KeyFormat",
        parentData: data,
        parentDataProperty: "S3KeyFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.S3KeyFormatTagDelimiters !== undefined) {
      if (!validate23(data.S3KeyFormatTagDelimiters, {
        instancePath: instancePath + "/S3KeyFormatTagDelimiters",
        parentData: data,
        parentDataProperty: "S3KeyFormatTagDelimiters",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.SendContentMd5 !== undefined) {
      if (!validate24(data.SendContentMd5, {
        instancePath: instancePath + "/SendContentMd5",
        parentData: data,
        parentDataProperty: "SendContentMd5",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.StaticFilePath !== undefined) {
      if (!validate24(data.StaticFilePath, {
        instancePath: instancePath + "/StaticFilePath",
        parentData: data,
        parentDataProperty: "StaticFilePath",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.StorageClass !== undefined) {
      if (!validate23(data.StorageClass, {
        instancePath: instancePath + "/StorageClass",
        parentData: data,
        parentDataProperty: "StorageClass",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.StoreDir !== undefined) {
      if (!validate23(data.StoreDir, {
        instancePath: instancePath + "/StoreDir",
        parentData: data,
        parentDataProperty: "StoreDir",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.StoreDirLimitSize !== undefined) {
      if (!validate23(data.StoreDirLimitSize, {
        instancePath: instancePath + "/StoreDirLimitSize",
        parentData: data,
        parentDataProperty: "StoreDirLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.StsEndpoint !== undefined) {
      if (!validate23(data.StsEndpoint, {
        instancePath: instancePath + "/StsEndpoint",
        parentData: data,
        parentDataProperty: "StsEndpoint",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.TotalFileSize !== undefined) {
      if (!validate23(data.TotalFileSize, {
        instancePath: instancePath + "/TotalFileSize",
        parentData: data,
        parentDataProperty: "TotalFileSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.UploadChunkSize !== undefined) {
      if (!validate23(data.UploadChunkSize, {
        instancePath: instancePath + "/UploadChunkSize",
        parentData: data,
        parentDataProperty: "UploadChunkSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.UploadTimeout !== undefined) {
      if (!validate23(data.UploadTimeout, {
        instancePath: instancePath + "/UploadTimeout",
        parentData: data,
        parentDataProperty: "UploadTimeout",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.UsePutObject !== undefined) {
      if (!validate24(data.UsePutObject, {
        instancePath: instancePath + "/UsePutObject",
        parentData: data,
        parentDataProperty: "UsePutObject",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.Workers !== undefined) {
      if (!validate25(data.Workers, {
        instancePath: instancePath + "/Workers",
        parentData: data,
        parentDataProperty: "Workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  }
  validate432.errors = vErrors;
  return errors === 0;
}
const schema67 = {
  "properties": {
    "Workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "channel": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "compress": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "eventFields": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "eventHost": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "eventIndex": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "eventIndexKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "eventKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "eventSource": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "eventSourcetype": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "eventSourcetypeKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "httpBufferSize": {
      "$ref": "IsEGTfFItVn147L64oOCXbItCRrFnZffNJfyeOOnUVY"
    },
    "httpDebugBadRequest": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "httpPassword": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "httpUser": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "splunkSendRaw": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "splunkToken": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "totalLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
function validate464(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Workers !== undefined) {
      if (!validate25(data.Workers, {
        instancePath: instancePath + "/Workers",
        parentData: data,
        parentDataProperty: "Workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.channel !== undefined) {
      if (!validate23(data.channel, {
        instancePath: instancePath + "/channel",
        parentData: data,
        parentDataProperty: "channel",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.compress !== undefined) {
      if (!validate23(data.compress, {
        instancePath: instancePath + "/compress",
        parentData: data,
        parentDataProperty: "compress",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventFields !== undefined) {
      if (!validate70(data.eventFields, {
        instancePath: instancePath + "/eventFields",
        parentData: data,
        parentDataProperty: "eventFields",
        rootData
      })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventHost !== undefined) {
      if (!validate23(data.eventHost, {
        instancePath: instancePath + "/eventHost",
        parentData: data,
        parentDataProperty: "eventHost",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventIndex !== undefined) {
      if (!validate23(data.eventIndex, {
        instancePath: instancePath + "/eventIndex",
        parentData: data,
        parentDataProperty: "eventIndex",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventIndexKey !== undefined) {
      if (!validate23(data.eventIndexKey, {
        instancePath: instancePath + "/eventIndexKey",
        parentData: data,
        parentDataProperty: "eventIndexKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventKey !== undefined) {
      if (!validate23(data.eventKey, {
        instancePath: instancePath + "/eventKey",
        parentData: data,
        parentDataProperty: "eventKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventSource !== undefined) {
      if (!validate23(data.eventSource, {
        instancePath: instancePath + "/eventSource",
        parentData: data,
        parentDataProperty: "eventSource",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventSourcetype !== undefined) {
      if (!validate23(data.eventSourcetype, {
        instancePath: instancePath + "/eventSourcetype",
        parentData: data,
        parentDataProperty: "eventSourcetype",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventSourcetypeKey !== undefined) {
      if (!validate23(data.eventSourcetypeKey, {
        instancePath: instancePath + "/eventSourcetypeKey",
        parentData: data,
        parentDataProperty: "eventSourcetypeKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpBufferSize !== undefined) {
      if (!validate73(data.httpBufferSize, {
        instancePath: instancePath + "/httpBufferSize",
        parentData: data,
        parentDataProperty: "httpBufferSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpDebugBadRequest !== undefined) {
      if (!validate24(data.httpDebugBadRequest, {
        instancePath: instancePath + "/httpDebugBadRequest",
        parentData: data,
        parentDataProperty: "httpDebugBadRequest",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpPassword !== undefined) {
      if (!validate35(data.httpPassword, {
        instancePath: instancePath + "/httpPassword",
        parentData: data,
        parentDataProperty: "httpPassword",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpUser !== undefined) {
      if (!validate35(data.httpUser, {
        instancePath: instancePath + "/httpUser",
        parentData: data,
        parentDataProperty: "httpUser",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.splunkSendRaw !== undefined) {
      if (!validate24(data.splunkSendRaw, {
        instancePath: instancePath + "/splunkSendRaw",
        parentData: data,
        parentDataProperty: "splunkSendRaw",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.splunkToken !== undefined) {
      if (!validate35(data.splunkToken, {
        instancePath: instancePath + "/splunkToken",
        parentData: data,
        parentDataProperty: "splunkToken",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.totalLimitSize !== undefined) {
      if (!validate23(data.totalLimitSize, {
        instancePath: instancePath + "/totalLimitSize",
        parentData: data,
        parentDataProperty: "totalLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate464.errors = vErrors;
  return errors === 0;
}
const schema68 = {
  "properties": {
    "autoformatStackdriverTrace": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "customK8sRegex": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "exportToProjectID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "googleServiceCredentials": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "job": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "k8sClusterLocation": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "k8sClusterName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "labels": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "labelsKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "location": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logNameKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "metadataServer": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "namespace": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "nodeID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "resource": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "resourceLabels": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "serviceAccountEmail": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "serviceAccountSecret": {
      "$ref": "errtWrIRKnb5nSlC2BPzt2QuHC8zCeFWQYt1EPudXhM"
    },
    "severityKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tagPrefix": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "taskID": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "textPayloadKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    }
  },
  "type": "object",
  "nullable": true
};
function validate488(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.autoformatStackdriverTrace !== undefined) {
      if (!validate24(data.autoformatStackdriverTrace, {
        instancePath: instancePath + "/autoformatStackdriverTrace",
        parentData: data,
        parentDataProperty: "autoformatStackdriverTrace",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.customK8sRegex !== undefined) {
      if (!validate23(data.customK8sRegex, {
        instancePath: instancePath + "/customK8sRegex",
        parentData: data,
        parentDataProperty: "customK8sRegex",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.exportToProjectID !== undefined) {
      if (!validate23(data.exportToProjectID, {
        instancePath: instancePath + "/exportToProjectID",
        parentData: data,
        parentDataProperty: "exportToProjectID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.googleServiceCredentials !== undefined) {
      if (!validate23(data.googleServiceCredentials, {
        instancePath: instancePath + "/googleServiceCredentials",
        parentData: data,
        parentDataProperty: "googleServiceCredentials",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.job !== undefined) {
      if (!validate23(data.job, {
        instancePath: instancePath + "/job",
        parentData: data,
        parentDataProperty: "job",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.k8sClusterLocation !== undefined) {
      if (!validate23(data.k8sClusterLocation, {
        instancePath: instancePath + "/k8sClusterLocation",
        parentData: data,
        parentDataProperty: "k8sClusterLocation",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.k8sClusterName !== undefined) {
      if (!validate23(data.k8sClusterName, {
        instancePath: instancePath + "/k8sClusterName",
        parentData: data,
        parentDataProperty: "k8sClusterName",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== undefined) {
      if (!validate70(data.labels, {
        instancePath: instancePath + "/labels",
        parentData: data,
        parentDataProperty: "labels",
        rootData
      })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.labelsKey !== undefined) {
      if (!validate23(data.labelsKey, {
        instancePath: instancePath + "/labelsKey",
        parentData: data,
        parentDataProperty: "labelsKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.location !== undefined) {
      if (!validate23(data.location, {
        instancePath: instancePath + "/location",
        parentData: data,
        parentDataProperty: "location",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.logNameKey !== undefined) {
      if (!validate23(data.logNameKey, {
        instancePath: instancePath + "/logNameKey",
        parentData: data,
        parentDataProperty: "logNameKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadataServer !== undefined) {
      if (!validate23(data.metadataServer, {
        instancePath: instancePath + "/metadataServer",
        parentData: data,
        parentDataProperty: "metadataServer",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespace !== undefined) {
      if (!validate23(data.namespace, {
        instancePath: instancePath + "/namespace",
        parentData: data,
        parentDataProperty: "namespace",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.nodeID !== undefined) {
      if (!validate23(data.nodeID, {
        instancePath: instancePath + "/nodeID",
        parentData: data,
        parentDataProperty: "nodeID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.resource !== undefined) {
      if (!validate23(data.resource, {
        instancePath: instancePath + "/resource",
        parentData: data,
        parentDataProperty: "resource",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.resourceLabels !== undefined) {
      if (!validate70(data.resourceLabels, {
        instancePath: instancePath + "/resourceLabels",
        parentData: data,
        parentDataProperty: "resourceLabels",
        rootData
      })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceAccountEmail !== undefined) {
      if (!validate35(data.serviceAccountEmail, {
        instancePath: instancePath + "/serviceAccountEmail",
        parentData: data,
        parentDataProperty: "serviceAccountEmail",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceAccountSecret !== undefined) {
      if (!validate35(data.serviceAccountSecret, {
        instancePath: instancePath + "/serviceAccountSecret",
        parentData: data,
        parentDataProperty: "serviceAccountSecret",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.severityKey !== undefined) {
      if (!validate23(data.severityKey, {
        instancePath: instancePath + "/severityKey",
        parentData: data,
        parentDataProperty: "severityKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tagPrefix !== undefined) {
      if (!validate23(data.tagPrefix, {
        instancePath: instancePath + "/tagPrefix",
        parentData: data,
        parentDataProperty: "tagPrefix",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.taskID !== undefined) {
      if (!validate23(data.taskID, {
        instancePath: instancePath + "/taskID",
        parentData: data,
        parentDataProperty: "taskID",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.textPayloadKey !== undefined) {
      if (!validate23(data.textPayloadKey, {
        instancePath: instancePath + "/textPayloadKey",
        parentData: data,
        parentDataProperty: "textPayloadKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.workers !== undefined) {
      if (!validate25(data.workers, {
        instancePath: instancePath + "/workers",
        parentData: data,
        parentDataProperty: "workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate488.errors = vErrors;
  return errors === 0;
}
const schema69 = {
  "properties": {
    "format": {
      "$ref": "hGdwkOstllZhg6OMs0MB5cv7ZrTzVruKVY91XlGZQo"
    },
    "jsonDateFormat": {
      "$ref": "JCCcuha1G3f4PTTter1hYPTxktmOWK3nKmFtHfJXkM"
    },
    "jsonDateKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema27 = {
  "enum": ["msgpack", "json", "json_lines", "json_stream"],
  "type": "string",
  "nullable": true
};
function validate75(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "msgpack" || data === "json" || data === "json_lines" || data === "json_stream")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema27.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
const schema70 = {
  "enum": ["double", "iso8601", "epoch"],
  "type": "string",
  "nullable": true
};
function validate515(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "double" || data === "iso8601" || data === "epoch")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema70.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate515.errors = vErrors;
  return errors === 0;
}
function validate513(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format !== undefined) {
      if (!validate75(data.format, {
        instancePath: instancePath + "/format",
        parentData: data,
        parentDataProperty: "format",
        rootData
      })) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
    }
    if (data.jsonDateFormat !== undefined) {
      if (!validate515(data.jsonDateFormat, {
        instancePath: instancePath + "/jsonDateFormat",
        parentData: data,
        parentDataProperty: "jsonDateFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate515.errors : vErrors.concat(validate515.errors);
        errors = vErrors.length;
      }
    }
    if (data.jsonDateKey !== undefined) {
      if (!validate23(data.jsonDateKey, {
        instancePath: instancePath + "/jsonDateKey",
        parentData: data,
        parentDataProperty: "jsonDateKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate513.errors = vErrors;
  return errors === 0;
}
const schema71 = {
  "properties": {
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "mode": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "syslogAppnameKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "syslogFacilityKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "syslogFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "syslogHostnameKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "syslogMaxSize": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "syslogMessageIDKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "syslogMessageKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "syslogProcessIDKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "syslogSDKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "syslogSeverityKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    },
    "totalLimitSize": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "workers": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    }
  },
  "type": "object",
  "nullable": true
};
function validate519(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== undefined) {
      if (!validate23(data.mode, {
        instancePath: instancePath + "/mode",
        parentData: data,
        parentDataProperty: "mode",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogAppnameKey !== undefined) {
      if (!validate23(data.syslogAppnameKey, {
        instancePath: instancePath + "/syslogAppnameKey",
        parentData: data,
        parentDataProperty: "syslogAppnameKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogFacilityKey !== undefined) {
      if (!validate23(data.syslogFacilityKey, {
        instancePath: instancePath + "/syslogFacilityKey",
        parentData: data,
        parentDataProperty: "syslogFacilityKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogFormat !== undefined) {
      if (!validate23(data.syslogFormat, {
        instancePath: instancePath + "/syslogFormat",
        parentData: data,
        parentDataProperty: "syslogFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogHostnameKey !== undefined) {
      if (!validate23(data.syslogHostnameKey, {
        instancePath: instancePath + "/syslogHostnameKey",
        parentData: data,
        parentDataProperty: "syslogHostnameKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogMaxSize !== undefined) {
      if (!validate25(data.syslogMaxSize, {
        instancePath: instancePath + "/syslogMaxSize",
        parentData: data,
        parentDataProperty: "syslogMaxSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogMessageIDKey !== undefined) {
      if (!validate23(data.syslogMessageIDKey, {
        instancePath: instancePath + "/syslogMessageIDKey",
        parentData: data,
        parentDataProperty: "syslogMessageIDKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogMessageKey !== undefined) {
      if (!validate23(data.syslogMessageKey, {
        instancePath: instancePath + "/syslogMessageKey",
        parentData: data,
        parentDataProperty: "syslogMessageKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogProcessIDKey !== undefined) {
      if (!validate23(data.syslogProcessIDKey, {
        instancePath: instancePath + "/syslogProcessIDKey",
        parentData: data,
        parentDataProperty: "syslogProcessIDKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogSDKey !== undefined) {
      if (!validate23(data.syslogSDKey, {
        instancePath: instancePath + "/syslogSDKey",
        parentData: data,
        parentDataProperty: "syslogSDKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslogSeverityKey !== undefined) {
      if (!validate23(data.syslogSeverityKey, {
        instancePath: instancePath + "/syslogSeverityKey",
        parentData: data,
        parentDataProperty: "syslogSeverityKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.totalLimitSize !== undefined) {
      if (!validate23(data.totalLimitSize, {
        instancePath: instancePath + "/totalLimitSize",
        parentData: data,
        parentDataProperty: "totalLimitSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.workers !== undefined) {
      if (!validate25(data.workers, {
        instancePath: instancePath + "/workers",
        parentData: data,
        parentDataProperty: "workers",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate519.errors = vErrors;
  return errors === 0;
}
const schema72 = {
  "properties": {
    "format": {
      "$ref": "hGdwkOstllZhg6OMs0MB5cv7ZrTzVruKVY91XlGZQo"
    },
    "host": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "jsonDateFormat": {
      "$ref": "BaUECATff0lwijBDBVjnKwuVtZujWe1ujUrRBxNPM"
    },
    "jsonDateKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "networking": {
      "$ref": "83MTb3fymPc1OTgz8JxN0VWKXRmi8HnDnTgjcmYx3M"
    },
    "port": {
      "$ref": "XSqJnsnn9eCvoQUP3Zjqm9I885uExDmL7oTSsIvewTI"
    },
    "tls": {
      "$ref": "dpjxvZV97UJBHEXrNADvV82tnH1IzBXjAAqkfi7m06s"
    }
  },
  "type": "object",
  "nullable": true
};
const schema73 = {
  "enum": ["double", "epoch", "iso8601"],
  "type": "string",
  "nullable": true
};
function validate541(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "double" || data === "epoch" || data === "iso8601")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema73.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate541.errors = vErrors;
  return errors === 0;
}
function validate538(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format !== undefined) {
      if (!validate75(data.format, {
        instancePath: instancePath + "/format",
        parentData: data,
        parentDataProperty: "format",
        rootData
      })) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
    }
    if (data.host !== undefined) {
      if (!validate23(data.host, {
        instancePath: instancePath + "/host",
        parentData: data,
        parentDataProperty: "host",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.jsonDateFormat !== undefined) {
      if (!validate541(data.jsonDateFormat, {
        instancePath: instancePath + "/jsonDateFormat",
        parentData: data,
        parentDataProperty: "jsonDateFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate541.errors : vErrors.concat(validate541.errors);
        errors = vErrors.length;
      }
    }
    if (data.jsonDateKey !== undefined) {
      if (!validate23(data.jsonDateKey, {
        instancePath: instancePath + "/jsonDateKey",
        parentData: data,
        parentDataProperty: "jsonDateKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networking !== undefined) {
      if (!validate37(data.networking, {
        instancePath: instancePath + "/networking",
        parentData: data,
        parentDataProperty: "networking",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate67(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.tls !== undefined) {
      if (!validate57(data.tls, {
        instancePath: instancePath + "/tls",
        parentData: data,
        parentDataProperty: "tls",
        rootData
      })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  }
  validate538.errors = vErrors;
  return errors === 0;
}
function validate85(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.alias !== undefined) {
      if (!validate23(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.azureBlob !== undefined) {
      if (!validate87(data.azureBlob, {
        instancePath: instancePath + "/azureBlob",
        parentData: data,
        parentDataProperty: "azureBlob",
        rootData
      })) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.azureLogAnalytics !== undefined) {
      if (!validate106(data.azureLogAnalytics, {
        instancePath: instancePath + "/azureLogAnalytics",
        parentData: data,
        parentDataProperty: "azureLogAnalytics",
        rootData
      })) {
        vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
        errors = vErrors.length;
      }
    }
    if (data.cloudWatch !== undefined) {
      if (!validate114(data.cloudWatch, {
        instancePath: instancePath + "/cloudWatch",
        parentData: data,
        parentDataProperty: "cloudWatch",
        rootData
      })) {
        vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
        errors = vErrors.length;
      }
    }
    if (data.customPlugin !== undefined) {
      if (!validate134(data.customPlugin, {
        instancePath: instancePath + "/customPlugin",
        parentData: data,
        parentDataProperty: "customPlugin",
        rootData
      })) {
        vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
        errors = vErrors.length;
      }
    }
    if (data.datadog !== undefined) {
      if (!validate138(data.datadog, {
        instancePath: instancePath + "/datadog",
        parentData: data,
        parentDataProperty: "datadog",
        rootData
      })) {
        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
        errors = vErrors.length;
      }
    }
    if (data.es !== undefined) {
      if (!validate153(data.es, {
        instancePath: instancePath + "/es",
        parentData: data,
        parentDataProperty: "es",
        rootData
      })) {
        vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
        errors = vErrors.length;
      }
    }
    if (data.file !== undefined) {
      if (!validate194(data.file, {
        instancePath: instancePath + "/file",
        parentData: data,
        parentDataProperty: "file",
        rootData
      })) {
        vErrors = vErrors === null ? validate194.errors : vErrors.concat(validate194.errors);
        errors = vErrors.length;
      }
    }
    if (data.firehose !== undefined) {
      if (!validate203(data.firehose, {
        instancePath: instancePath + "/firehose",
        parentData: data,
        parentDataProperty: "firehose",
        rootData
      })) {
        vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
        errors = vErrors.length;
      }
    }
    if (data.forward !== undefined) {
      if (!validate221(data.forward, {
        instancePath: instancePath + "/forward",
        parentData: data,
        parentDataProperty: "forward",
        rootData
      })) {
        vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
        errors = vErrors.length;
      }
    }
    if (data.gelf !== undefined) {
      if (!validate237(data.gelf, {
        instancePath: instancePath + "/gelf",
        parentData: data,
        parentDataProperty: "gelf",
        rootData
      })) {
        vErrors = vErrors === null ? validate237.errors : vErrors.concat(validate237.errors);
        errors = vErrors.length;
      }
    }
    if (data.http !== undefined) {
      if (!validate252(data.http, {
        instancePath: instancePath + "/http",
        parentData: data,
        parentDataProperty: "http",
        rootData
      })) {
        vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
        errors = vErrors.length;
      }
    }
    if (data.influxDB !== undefined) {
      if (!validate277(data.influxDB, {
        instancePath: instancePath + "/influxDB",
        parentData: data,
        parentDataProperty: "influxDB",
        rootData
      })) {
        vErrors = vErrors === null ? validate277.errors : vErrors.concat(validate277.errors);
        errors = vErrors.length;
      }
    }
    if (data.kafka !== undefined) {
      if (!validate294(data.kafka, {
        instancePath: instancePath + "/kafka",
        parentData: data,
        parentDataProperty: "kafka",
        rootData
      })) {
        vErrors = vErrors === null ? validate294.errors : vErrors.concat(validate294.errors);
        errors = vErrors.length;
      }
    }
    if (data.kinesis !== undefined) {
      if (!validate311(data.kinesis, {
        instancePath: instancePath + "/kinesis",
        parentData: data,
        parentDataProperty: "kinesis",
        rootData
      })) {
        vErrors = vErrors === null ? validate311.errors : vErrors.concat(validate311.errors);
        errors = vErrors.length;
      }
    }
    if (data.logLevel !== undefined) {
      if (!validate324(data.logLevel, {
        instancePath: instancePath + "/logLevel",
        parentData: data,
        parentDataProperty: "logLevel",
        rootData
      })) {
        vErrors = vErrors === null ? validate324.errors : vErrors.concat(validate324.errors);
        errors = vErrors.length;
      }
    }
    if (data.loki !== undefined) {
      if (!validate326(data.loki, {
        instancePath: instancePath + "/loki",
        parentData: data,
        parentDataProperty: "loki",
        rootData
      })) {
        vErrors = vErrors === null ? validate326.errors : vErrors.concat(validate326.errors);
        errors = vErrors.length;
      }
    }
    if (data.match !== undefined) {
      if (!validate23(data.match, {
        instancePath: instancePath + "/match",
        parentData: data,
        parentDataProperty: "match",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchRegex !== undefined) {
      if (!validate23(data.matchRegex, {
        instancePath: instancePath + "/matchRegex",
        parentData: data,
        parentDataProperty: "matchRegex",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.null !== undefined) {
      if (!validate72(data.null, {
        instancePath: instancePath + "/null",
        parentData: data,
        parentDataProperty: "null",
        rootData
      })) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.opensearch !== undefined) {
      if (!validate353(data.opensearch, {
        instancePath: instancePath + "/opensearch",
        parentData: data,
        parentDataProperty: "opensearch",
        rootData
      })) {
        vErrors = vErrors === null ? validate353.errors : vErrors.concat(validate353.errors);
        errors = vErrors.length;
      }
    }
    if (data.opentelemetry !== undefined) {
      if (!validate391(data.opentelemetry, {
        instancePath: instancePath + "/opentelemetry",
        parentData: data,
        parentDataProperty: "opentelemetry",
        rootData
      })) {
        vErrors = vErrors === null ? validate391.errors : vErrors.concat(validate391.errors);
        errors = vErrors.length;
      }
    }
    if (data.processors !== undefined) {
      if (!validate72(data.processors, {
        instancePath: instancePath + "/processors",
        parentData: data,
        parentDataProperty: "processors",
        rootData
      })) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.prometheusExporter !== undefined) {
      if (!validate412(data.prometheusExporter, {
        instancePath: instancePath + "/prometheusExporter",
        parentData: data,
        parentDataProperty: "prometheusExporter",
        rootData
      })) {
        vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
        errors = vErrors.length;
      }
    }
    if (data.prometheusRemoteWrite !== undefined) {
      if (!validate417(data.prometheusRemoteWrite, {
        instancePath: instancePath + "/prometheusRemoteWrite",
        parentData: data,
        parentDataProperty: "prometheusRemoteWrite",
        rootData
      })) {
        vErrors = vErrors === null ? validate417.errors : vErrors.concat(validate417.errors);
        errors = vErrors.length;
      }
    }
    if (data.retry_limit !== undefined) {
      if (!validate23(data.retry_limit, {
        instancePath: instancePath + "/retry_limit",
        parentData: data,
        parentDataProperty: "retry_limit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.s3 !== undefined) {
      if (!validate432(data.s3, {
        instancePath: instancePath + "/s3",
        parentData: data,
        parentDataProperty: "s3",
        rootData
      })) {
        vErrors = vErrors === null ? validate432.errors : vErrors.concat(validate432.errors);
        errors = vErrors.length;
      }
    }
    if (data.splunk !== undefined) {
      if (!validate464(data.splunk, {
        instancePath: instancePath + "/splunk",
        parentData: data,
        parentDataProperty: "splunk",
        rootData
      })) {
        vErrors = vErrors === null ? validate464.errors : vErrors.concat(validate464.errors);
        errors = vErrors.length;
      }
    }
    if (data.stackdriver !== undefined) {
      if (!validate488(data.stackdriver, {
        instancePath: instancePath + "/stackdriver",
        parentData: data,
        parentDataProperty: "stackdriver",
        rootData
      })) {
        vErrors = vErrors === null ? validate488.errors : vErrors.concat(validate488.errors);
        errors = vErrors.length;
      }
    }
    if (data.stdout !== undefined) {
      if (!validate513(data.stdout, {
        instancePath: instancePath + "/stdout",
        parentData: data,
        parentDataProperty: "stdout",
        rootData
      })) {
        vErrors = vErrors === null ? validate513.errors : vErrors.concat(validate513.errors);
        errors = vErrors.length;
      }
    }
    if (data.syslog !== undefined) {
      if (!validate519(data.syslog, {
        instancePath: instancePath + "/syslog",
        parentData: data,
        parentDataProperty: "syslog",
        rootData
      })) {
        vErrors = vErrors === null ? validate519.errors : vErrors.concat(validate519.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcp !== undefined) {
      if (!validate538(data.tcp, {
        instancePath: instancePath + "/tcp",
        parentData: data,
        parentDataProperty: "tcp",
        rootData
      })) {
        vErrors = vErrors === null ? validate538.errors : vErrors.concat(validate538.errors);
        errors = vErrors.length;
      }
    }
  }
  validate85.errors = vErrors;
  return errors === 0;
}
function validate76(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  /*# sourceURL="fluentbit.fluent.io.v1alpha2.ClusterOutput" */;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "apiVersion"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "kind"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.apiVersion !== undefined) {
      if (!validate77(data.apiVersion, {
        instancePath: instancePath + "/apiVersion",
        parentData: data,
        parentDataProperty: "apiVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
        errors = vErrors.length;
      }
    }
    if (data.kind !== undefined) {
      if (!validate79(data.kind, {
        instancePath: instancePath + "/kind",
        parentData: data,
        parentDataProperty: "kind",
        rootData
      })) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadata !== undefined) {
      if (!validate81(data.metadata, {
        instancePath: instancePath + "/metadata",
        parentData: data,
        parentDataProperty: "metadata",
        rootData
      })) {
        vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== undefined) {
      if (!validate85(data.spec, {
        instancePath: instancePath + "/spec",
        parentData: data,
        parentDataProperty: "spec",
        rootData
      })) {
        vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}