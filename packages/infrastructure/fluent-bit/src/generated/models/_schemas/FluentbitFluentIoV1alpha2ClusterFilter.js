import { formats } from "@kubernetes-models/validate";
export const validate = validate32;
const schema15 = {
  "type": "object",
  "properties": {
    "apiVersion": {
      "$ref": "NmD8VsmCnRqLn3wZqIRCjvI26Va4dhhjwXL9hwVlxzw"
    },
    "kind": {
      "$ref": "fIa00YQl8BRyAmWCJ249HPJCtg1mlRxffiT9tCwo"
    },
    "metadata": {
      "$ref": "a6f0oUEaFqHmymdwnqPORTNOTU7GczWAkwGD0uYU"
    },
    "spec": {
      "$ref": "v3BxR8xEGo8laex2V3ZIDaI3ryxJFdTPAvScrD9cQ"
    }
  },
  "required": ["apiVersion", "kind"],
  "$id": "fluentbit.fluent.io.v1alpha2.ClusterFilter"
};
const schema16 = {
  "type": "string",
  "enum": ["fluentbit.fluent.io/v1alpha2"]
};
function validate33(data, {
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
        allowedValues: schema16.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
const schema17 = {
  "type": "string",
  "enum": ["ClusterFilter"]
};
function validate35(data, {
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
  if (!(data === "ClusterFilter")) {
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
  validate35.errors = vErrors;
  return errors === 0;
}
const schema18 = {
  "nullableRef": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"
};
const schema19 = {};
import { validate as validate38 } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";
function validate37(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data !== null) {
    if (!validate38(data, {
      instancePath,
      parentData,
      parentDataProperty,
      rootData
    })) {
      vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
      errors = vErrors.length;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
const schema20 = {
  "properties": {
    "filters": {
      "$ref": "qTJnW6SN8QjFukCWjcfCRGmmq7bhTwjWfduChGOLGQ"
    },
    "logLevel": {
      "$ref": "ZmoW0RRhWRX3feSXUSD8ycZWBuGgi9PKpl92QSidKE"
    },
    "match": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "matchRegex": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "ordinal": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    }
  },
  "type": "object",
  "nullable": true
};
const schema21 = {
  "items": {
    "$ref": "n4tCsAq5a60GtmzdUtWxo0Z9Zi23bgIg71fa7IU3MMA"
  },
  "type": "array",
  "nullable": true
};
const schema22 = {
  "properties": {
    "aws": {
      "$ref": "vqTc9L1EJzcliZVmGDPx3sN7UdCFjnuwIYvron5V4c"
    },
    "customPlugin": {
      "$ref": "anfzuKEesIgG8q7hp2kfWxPIl2eOHSq2EChkeHmupHI"
    },
    "grep": {
      "$ref": "LLXoNHkvU8Tdaqok1Dax0muSCWI2LIDjb0U2kEQjkE"
    },
    "kubernetes": {
      "$ref": "ptYPOOQb2d6GH7be7Zwuzzxk5Ad3r2dcqHR3bw2wH0"
    },
    "logToMetrics": {
      "$ref": "L8k7rvJwf42mGqoSqJCOxDNHd42wB5purneQVUluGGo"
    },
    "lua": {
      "$ref": "qoed2X4SMs6Tlf6RxPiHIp0zvSVeaV68Fr50KyeYaZ0"
    },
    "modify": {
      "$ref": "hVRwMja5ZOU5xEUsGy14oz2Ds7wff53E5esCB4EjLQ"
    },
    "multiline": {
      "$ref": "2G4ahpp9wEtMjpoOJcdzOYxA2AHpqnOCDVHLTc1GE"
    },
    "nest": {
      "$ref": "Hnbq6CPRwjVfn1zU3r1DOfPtGSaOy2JEc71cCFwZW8"
    },
    "parser": {
      "$ref": "5IjObyl8WZwfB4heoFfsah1mNZlLB842uumCP44A"
    },
    "recordModifier": {
      "$ref": "IxMjor1kS3pKcCcKrpSw1IjXySltxupBfCfyl40"
    },
    "rewriteTag": {
      "$ref": "ovMwfn7rt5D1E9WtIwSgrQ8TxukzNer05DrSfyqLbhQ"
    },
    "throttle": {
      "$ref": "Dbwr59NzyjQxkQFKtLcHfhBRSrEdUrVEBQ15Vq6hbA"
    },
    "wasm": {
      "$ref": "Tgfx0fVOEFuO78iSjB2k321iUk7dY71cZStyYILv9A"
    }
  },
  "type": "object"
};
const schema23 = {
  "properties": {
    "accountID": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "amiID": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "az": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "ec2InstanceID": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "ec2InstanceType": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "hostName": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "imdsVersion": {
      "$ref": "vB7clSFn88Uu3gJJjkrqForTsEmu2WV2WKnIaXY0SQQ"
    },
    "privateIP": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "vpcID": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "type": "object",
  "nullable": true
};
const schema6 = {
  "type": "boolean",
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
  validate21.errors = vErrors;
  return errors === 0;
}
const schema7 = {
  "type": "string",
  "nullable": true
};
function validate22(data, {
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
  validate22.errors = vErrors;
  return errors === 0;
}
const schema24 = {
  "enum": ["v1", "v2"],
  "type": "string",
  "nullable": true
};
function validate52(data, {
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
  if (!(data === "v1" || data === "v2")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema24.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
const schema8 = {
  "pattern": "^(((f|F)alse)|(no_limits)|(no_retries)|([1-9]+[0-9]*))$",
  "type": "string",
  "nullable": true
};
const pattern0 = new RegExp("^(((f|F)alse)|(no_limits)|(no_retries)|([1-9]+[0-9]*))$", "u");
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
  if (typeof data === "string") {
    if (!pattern0.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^(((f|F)alse)|(no_limits)|(no_retries)|([1-9]+[0-9]*))$"
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
  validate23.errors = vErrors;
  return errors === 0;
}
function validate44(data, {
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
    if (data.accountID !== undefined) {
      if (!validate21(data.accountID, {
        instancePath: instancePath + "/accountID",
        parentData: data,
        parentDataProperty: "accountID",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.alias !== undefined) {
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.amiID !== undefined) {
      if (!validate21(data.amiID, {
        instancePath: instancePath + "/amiID",
        parentData: data,
        parentDataProperty: "amiID",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.az !== undefined) {
      if (!validate21(data.az, {
        instancePath: instancePath + "/az",
        parentData: data,
        parentDataProperty: "az",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.ec2InstanceID !== undefined) {
      if (!validate21(data.ec2InstanceID, {
        instancePath: instancePath + "/ec2InstanceID",
        parentData: data,
        parentDataProperty: "ec2InstanceID",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.ec2InstanceType !== undefined) {
      if (!validate21(data.ec2InstanceType, {
        instancePath: instancePath + "/ec2InstanceType",
        parentData: data,
        parentDataProperty: "ec2InstanceType",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.hostName !== undefined) {
      if (!validate21(data.hostName, {
        instancePath: instancePath + "/hostName",
        parentData: data,
        parentDataProperty: "hostName",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.imdsVersion !== undefined) {
      if (!validate52(data.imdsVersion, {
        instancePath: instancePath + "/imdsVersion",
        parentData: data,
        parentDataProperty: "imdsVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.privateIP !== undefined) {
      if (!validate21(data.privateIP, {
        instancePath: instancePath + "/privateIP",
        parentData: data,
        parentDataProperty: "privateIP",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.vpcID !== undefined) {
      if (!validate21(data.vpcID, {
        instancePath: instancePath + "/vpcID",
        parentData: data,
        parentDataProperty: "vpcID",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
const schema25 = {
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
const schema26 = {
  "type": "object",
  "properties": {},
  "nullable": true
};
function validate60(data, {
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
  validate60.errors = vErrors;
  return errors === 0;
}
function validate58(data, {
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
      if (!validate22(data.config, {
        instancePath: instancePath + "/config",
        parentData: data,
        parentDataProperty: "config",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.yamlConfig !== undefined) {
      if (!validate60(data.yamlConfig, {
        instancePath: instancePath + "/yamlConfig",
        parentData: data,
        parentDataProperty: "yamlConfig",
        rootData
      })) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
const schema27 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "exclude": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logicalOp": {
      "$ref": "rezJqiiVV67FMuUpklZF34PxBlKDGcUOodpcELbaw"
    },
    "regex": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    }
  },
  "type": "object",
  "nullable": true
};
const schema28 = {
  "enum": ["and", "or"],
  "type": "string",
  "nullable": true
};
function validate66(data, {
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
  if (!(data === "and" || data === "or")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema28.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
function validate63(data, {
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
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.exclude !== undefined) {
      if (!validate22(data.exclude, {
        instancePath: instancePath + "/exclude",
        parentData: data,
        parentDataProperty: "exclude",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.logicalOp !== undefined) {
      if (!validate66(data.logicalOp, {
        instancePath: instancePath + "/logicalOp",
        parentData: data,
        parentDataProperty: "logicalOp",
        rootData
      })) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.regex !== undefined) {
      if (!validate22(data.regex, {
        instancePath: instancePath + "/regex",
        parentData: data,
        parentDataProperty: "regex",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate63.errors = vErrors;
  return errors === 0;
}
const schema29 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "annotations": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "bufferSize": {
      "$ref": "IsEGTfFItVn147L64oOCXbItCRrFnZffNJfyeOOnUVY"
    },
    "cacheUseDockerId": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "dnsRetries": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "dnsWaitTime": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "dummyMeta": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "k8sLoggingExclude": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "k8sLoggingParser": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "keepLog": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "kubeCAFile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeCAPath": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeMetaCacheTTL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeMetaNamespaceCacheTTL": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "kubeMetaPreloadCacheDir": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeTagPrefix": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeTokenCommand": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeTokenFile": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeTokenTTL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeURL": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeletHost": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kubeletPort": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "labels": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "mergeLog": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "mergeLogKey": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "mergeLogTrim": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "mergeParser": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "namespaceAnnotations": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "namespaceLabels": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "namespaceMetadataOnly": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "ownerReferences": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "regexParser": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "tlsDebug": {
      "$ref": "Ccz0XZyNWiwVpe2nvsmnlMV1SnfQGMXuejl0yByE"
    },
    "tlsVerify": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "useJournal": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "useKubelet": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "useTagForMeta": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "type": "object",
  "nullable": true
};
const schema14 = {
  "pattern": "^\\d+(k|K|KB|kb|m|M|MB|mb|g|G|GB|gb)?$",
  "type": "string",
  "nullable": true
};
const pattern1 = new RegExp("^\\d+(k|K|KB|kb|m|M|MB|mb|g|G|GB|gb)?$", "u");
function validate31(data, {
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
    if (!pattern1.test(data)) {
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
  validate31.errors = vErrors;
  return errors === 0;
}
const schema9 = {
  "format": "int32",
  "type": "integer",
  "nullable": true
};
const formats0 = formats.int32;
function validate24(data, {
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
  validate24.errors = vErrors;
  return errors === 0;
}
function validate71(data, {
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
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== undefined) {
      if (!validate21(data.annotations, {
        instancePath: instancePath + "/annotations",
        parentData: data,
        parentDataProperty: "annotations",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.bufferSize !== undefined) {
      if (!validate31(data.bufferSize, {
        instancePath: instancePath + "/bufferSize",
        parentData: data,
        parentDataProperty: "bufferSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.cacheUseDockerId !== undefined) {
      if (!validate21(data.cacheUseDockerId, {
        instancePath: instancePath + "/cacheUseDockerId",
        parentData: data,
        parentDataProperty: "cacheUseDockerId",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.dnsRetries !== undefined) {
      if (!validate24(data.dnsRetries, {
        instancePath: instancePath + "/dnsRetries",
        parentData: data,
        parentDataProperty: "dnsRetries",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.dnsWaitTime !== undefined) {
      if (!validate24(data.dnsWaitTime, {
        instancePath: instancePath + "/dnsWaitTime",
        parentData: data,
        parentDataProperty: "dnsWaitTime",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.dummyMeta !== undefined) {
      if (!validate21(data.dummyMeta, {
        instancePath: instancePath + "/dummyMeta",
        parentData: data,
        parentDataProperty: "dummyMeta",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.k8sLoggingExclude !== undefined) {
      if (!validate21(data.k8sLoggingExclude, {
        instancePath: instancePath + "/k8sLoggingExclude",
        parentData: data,
        parentDataProperty: "k8sLoggingExclude",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.k8sLoggingParser !== undefined) {
      if (!validate21(data.k8sLoggingParser, {
        instancePath: instancePath + "/k8sLoggingParser",
        parentData: data,
        parentDataProperty: "k8sLoggingParser",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.keepLog !== undefined) {
      if (!validate21(data.keepLog, {
        instancePath: instancePath + "/keepLog",
        parentData: data,
        parentDataProperty: "keepLog",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeCAFile !== undefined) {
      if (!validate22(data.kubeCAFile, {
        instancePath: instancePath + "/kubeCAFile",
        parentData: data,
        parentDataProperty: "kubeCAFile",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeCAPath !== undefined) {
      if (!validate22(data.kubeCAPath, {
        instancePath: instancePath + "/kubeCAPath",
        parentData: data,
        parentDataProperty: "kubeCAPath",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeMetaCacheTTL !== undefined) {
      if (!validate22(data.kubeMetaCacheTTL, {
        instancePath: instancePath + "/kubeMetaCacheTTL",
        parentData: data,
        parentDataProperty: "kubeMetaCacheTTL",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeMetaNamespaceCacheTTL !== undefined) {
      if (!validate24(data.kubeMetaNamespaceCacheTTL, {
        instancePath: instancePath + "/kubeMetaNamespaceCacheTTL",
        parentData: data,
        parentDataProperty: "kubeMetaNamespaceCacheTTL",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeMetaPreloadCacheDir !== undefined) {
      if (!validate22(data.kubeMetaPreloadCacheDir, {
        instancePath: instancePath + "/kubeMetaPreloadCacheDir",
        parentData: data,
        parentDataProperty: "kubeMetaPreloadCacheDir",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeTagPrefix !== undefined) {
      if (!validate22(data.kubeTagPrefix, {
        instancePath: instancePath + "/kubeTagPrefix",
        parentData: data,
        parentDataProperty: "kubeTagPrefix",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeTokenCommand !== undefined) {
      if (!validate22(data.kubeTokenCommand, {
        instancePath: instancePath + "/kubeTokenCommand",
        parentData: data,
        parentDataProperty: "kubeTokenCommand",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeTokenFile !== undefined) {
      if (!validate22(data.kubeTokenFile, {
        instancePath: instancePath + "/kubeTokenFile",
        parentData: data,
        parentDataProperty: "kubeTokenFile",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeTokenTTL !== undefined) {
      if (!validate22(data.kubeTokenTTL, {
        instancePath: instancePath + "/kubeTokenTTL",
        parentData: data,
        parentDataProperty: "kubeTokenTTL",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeURL !== undefined) {
      if (!validate22(data.kubeURL, {
        instancePath: instancePath + "/kubeURL",
        parentData: data,
        parentDataProperty: "kubeURL",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeletHost !== undefined) {
      if (!validate22(data.kubeletHost, {
        instancePath: instancePath + "/kubeletHost",
        parentData: data,
        parentDataProperty: "kubeletHost",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubeletPort !== undefined) {
      if (!validate24(data.kubeletPort, {
        instancePath: instancePath + "/kubeletPort",
        parentData: data,
        parentDataProperty: "kubeletPort",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== undefined) {
      if (!validate21(data.labels, {
        instancePath: instancePath + "/labels",
        parentData: data,
        parentDataProperty: "labels",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.mergeLog !== undefined) {
      if (!validate21(data.mergeLog, {
        instancePath: instancePath + "/mergeLog",
        parentData: data,
        parentDataProperty: "mergeLog",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.mergeLogKey !== undefined) {
      if (!validate22(data.mergeLogKey, {
        instancePath: instancePath + "/mergeLogKey",
        parentData: data,
        parentDataProperty: "mergeLogKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.mergeLogTrim !== undefined) {
      if (!validate21(data.mergeLogTrim, {
        instancePath: instancePath + "/mergeLogTrim",
        parentData: data,
        parentDataProperty: "mergeLogTrim",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.mergeParser !== undefined) {
      if (!validate22(data.mergeParser, {
        instancePath: instancePath + "/mergeParser",
        parentData: data,
        parentDataProperty: "mergeParser",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespaceAnnotations !== undefined) {
      if (!validate21(data.namespaceAnnotations, {
        instancePath: instancePath + "/namespaceAnnotations",
        parentData: data,
        parentDataProperty: "namespaceAnnotations",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespaceLabels !== undefined) {
      if (!validate21(data.namespaceLabels, {
        instancePath: instancePath + "/namespaceLabels",
        parentData: data,
        parentDataProperty: "namespaceLabels",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespaceMetadataOnly !== undefined) {
      if (!validate21(data.namespaceMetadataOnly, {
        instancePath: instancePath + "/namespaceMetadataOnly",
        parentData: data,
        parentDataProperty: "namespaceMetadataOnly",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.ownerReferences !== undefined) {
      if (!validate21(data.ownerReferences, {
        instancePath: instancePath + "/ownerReferences",
        parentData: data,
        parentDataProperty: "ownerReferences",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.regexParser !== undefined) {
      if (!validate22(data.regexParser, {
        instancePath: instancePath + "/regexParser",
        parentData: data,
        parentDataProperty: "regexParser",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsDebug !== undefined) {
      if (!validate24(data.tlsDebug, {
        instancePath: instancePath + "/tlsDebug",
        parentData: data,
        parentDataProperty: "tlsDebug",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.tlsVerify !== undefined) {
      if (!validate21(data.tlsVerify, {
        instancePath: instancePath + "/tlsVerify",
        parentData: data,
        parentDataProperty: "tlsVerify",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.useJournal !== undefined) {
      if (!validate21(data.useJournal, {
        instancePath: instancePath + "/useJournal",
        parentData: data,
        parentDataProperty: "useJournal",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.useKubelet !== undefined) {
      if (!validate21(data.useKubelet, {
        instancePath: instancePath + "/useKubelet",
        parentData: data,
        parentDataProperty: "useKubelet",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.useTagForMeta !== undefined) {
      if (!validate21(data.useTagForMeta, {
        instancePath: instancePath + "/useTagForMeta",
        parentData: data,
        parentDataProperty: "useTagForMeta",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  }
  validate71.errors = vErrors;
  return errors === 0;
}
const schema30 = {
  "properties": {
    "addLabel": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "bucket": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "discardLogs": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "emitterMemBufLimit": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "emitterName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "exclude": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "kubernetesMode": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "labelField": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "metricDescription": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "metricMode": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "metricName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "metricNamespace": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "metricSubsystem": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "regex": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "tag": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "valueField": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object",
  "nullable": true
};
const schema10 = {
  "items": {
    "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
  },
  "type": "array",
  "nullable": true
};
const schema11 = {
  "type": "string"
};
function validate26(data, {
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
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(data, {
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
      if (!validate26(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate111(data, {
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
      if (!validate25(data.addLabel, {
        instancePath: instancePath + "/addLabel",
        parentData: data,
        parentDataProperty: "addLabel",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.alias !== undefined) {
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.bucket !== undefined) {
      if (!validate25(data.bucket, {
        instancePath: instancePath + "/bucket",
        parentData: data,
        parentDataProperty: "bucket",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.discardLogs !== undefined) {
      if (!validate21(data.discardLogs, {
        instancePath: instancePath + "/discardLogs",
        parentData: data,
        parentDataProperty: "discardLogs",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.emitterMemBufLimit !== undefined) {
      if (!validate22(data.emitterMemBufLimit, {
        instancePath: instancePath + "/emitterMemBufLimit",
        parentData: data,
        parentDataProperty: "emitterMemBufLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.emitterName !== undefined) {
      if (!validate22(data.emitterName, {
        instancePath: instancePath + "/emitterName",
        parentData: data,
        parentDataProperty: "emitterName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.exclude !== undefined) {
      if (!validate25(data.exclude, {
        instancePath: instancePath + "/exclude",
        parentData: data,
        parentDataProperty: "exclude",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubernetesMode !== undefined) {
      if (!validate21(data.kubernetesMode, {
        instancePath: instancePath + "/kubernetesMode",
        parentData: data,
        parentDataProperty: "kubernetesMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.labelField !== undefined) {
      if (!validate25(data.labelField, {
        instancePath: instancePath + "/labelField",
        parentData: data,
        parentDataProperty: "labelField",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.metricDescription !== undefined) {
      if (!validate22(data.metricDescription, {
        instancePath: instancePath + "/metricDescription",
        parentData: data,
        parentDataProperty: "metricDescription",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.metricMode !== undefined) {
      if (!validate22(data.metricMode, {
        instancePath: instancePath + "/metricMode",
        parentData: data,
        parentDataProperty: "metricMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.metricName !== undefined) {
      if (!validate22(data.metricName, {
        instancePath: instancePath + "/metricName",
        parentData: data,
        parentDataProperty: "metricName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.metricNamespace !== undefined) {
      if (!validate22(data.metricNamespace, {
        instancePath: instancePath + "/metricNamespace",
        parentData: data,
        parentDataProperty: "metricNamespace",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.metricSubsystem !== undefined) {
      if (!validate22(data.metricSubsystem, {
        instancePath: instancePath + "/metricSubsystem",
        parentData: data,
        parentDataProperty: "metricSubsystem",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.regex !== undefined) {
      if (!validate25(data.regex, {
        instancePath: instancePath + "/regex",
        parentData: data,
        parentDataProperty: "regex",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tag !== undefined) {
      if (!validate22(data.tag, {
        instancePath: instancePath + "/tag",
        parentData: data,
        parentDataProperty: "tag",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.valueField !== undefined) {
      if (!validate22(data.valueField, {
        instancePath: instancePath + "/valueField",
        parentData: data,
        parentDataProperty: "valueField",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  }
  validate111.errors = vErrors;
  return errors === 0;
}
const schema31 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "call": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "code": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "enable_flb_null": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "protectedMode": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "script": {
      "$ref": "kyPWonKd9RiqYcLV5gZX8H1ko7ZDPDNnaoO3ShQds"
    },
    "timeAsTable": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "typeArrayKey": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "typeIntKey": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    }
  },
  "required": ["call"],
  "type": "object",
  "nullable": true
};
const schema32 = {
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
const schema33 = {
  "default": "",
  "type": "string",
  "nullable": true
};
function validate140(data, {
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
  validate140.errors = vErrors;
  return errors === 0;
}
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
      if (!validate26(data.key, {
        instancePath: instancePath + "/key",
        parentData: data,
        parentDataProperty: "key",
        rootData
      })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate140(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
        errors = vErrors.length;
      }
    }
    if (data.optional !== undefined) {
      if (!validate21(data.optional, {
        instancePath: instancePath + "/optional",
        parentData: data,
        parentDataProperty: "optional",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  }
  validate138.errors = vErrors;
  return errors === 0;
}
function validate131(data, {
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
    if (data.call === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "call"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.alias !== undefined) {
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.call !== undefined) {
      if (!validate26(data.call, {
        instancePath: instancePath + "/call",
        parentData: data,
        parentDataProperty: "call",
        rootData
      })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.code !== undefined) {
      if (!validate22(data.code, {
        instancePath: instancePath + "/code",
        parentData: data,
        parentDataProperty: "code",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable_flb_null !== undefined) {
      if (!validate21(data.enable_flb_null, {
        instancePath: instancePath + "/enable_flb_null",
        parentData: data,
        parentDataProperty: "enable_flb_null",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.protectedMode !== undefined) {
      if (!validate21(data.protectedMode, {
        instancePath: instancePath + "/protectedMode",
        parentData: data,
        parentDataProperty: "protectedMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.script !== undefined) {
      if (!validate138(data.script, {
        instancePath: instancePath + "/script",
        parentData: data,
        parentDataProperty: "script",
        rootData
      })) {
        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
        errors = vErrors.length;
      }
    }
    if (data.timeAsTable !== undefined) {
      if (!validate21(data.timeAsTable, {
        instancePath: instancePath + "/timeAsTable",
        parentData: data,
        parentDataProperty: "timeAsTable",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.typeArrayKey !== undefined) {
      if (!validate25(data.typeArrayKey, {
        instancePath: instancePath + "/typeArrayKey",
        parentData: data,
        parentDataProperty: "typeArrayKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.typeIntKey !== undefined) {
      if (!validate25(data.typeIntKey, {
        instancePath: instancePath + "/typeIntKey",
        parentData: data,
        parentDataProperty: "typeIntKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate131.errors = vErrors;
  return errors === 0;
}
const schema34 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "conditions": {
      "$ref": "jWjnvBr1Ls81jO9IJplaYBSRzUgSAwqM67bW56ZV0"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "rules": {
      "$ref": "4ZXkLnC0EyvtTro7uHo5alMOw3yPSwrIW46fL0rcwUE"
    }
  },
  "type": "object",
  "nullable": true
};
const schema35 = {
  "items": {
    "$ref": "1HCCNAfkNUzPpquZVpJkSAvgshrP1TJ959ZblK8tpg"
  },
  "type": "array",
  "nullable": true
};
const schema36 = {
  "properties": {
    "aKeyMatches": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "keyDoesNotExist": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "keyExists": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "keyValueDoesNotEqual": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "keyValueDoesNotMatch": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "keyValueEquals": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "keyValueMatches": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "matchingKeysDoNotHaveMatchingValues": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "matchingKeysHaveMatchingValues": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "noKeyMatches": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object"
};
const schema12 = {
  "additionalProperties": {
    "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
  },
  "type": "object",
  "properties": {},
  "nullable": true
};
function validate28(data, {
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
      if (!validate26(data[key0], {
        instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
        parentData: data,
        parentDataProperty: key0,
        rootData
      })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate151(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.aKeyMatches !== undefined) {
      if (!validate22(data.aKeyMatches, {
        instancePath: instancePath + "/aKeyMatches",
        parentData: data,
        parentDataProperty: "aKeyMatches",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyDoesNotExist !== undefined) {
      if (!validate28(data.keyDoesNotExist, {
        instancePath: instancePath + "/keyDoesNotExist",
        parentData: data,
        parentDataProperty: "keyDoesNotExist",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyExists !== undefined) {
      if (!validate22(data.keyExists, {
        instancePath: instancePath + "/keyExists",
        parentData: data,
        parentDataProperty: "keyExists",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyValueDoesNotEqual !== undefined) {
      if (!validate28(data.keyValueDoesNotEqual, {
        instancePath: instancePath + "/keyValueDoesNotEqual",
        parentData: data,
        parentDataProperty: "keyValueDoesNotEqual",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyValueDoesNotMatch !== undefined) {
      if (!validate28(data.keyValueDoesNotMatch, {
        instancePath: instancePath + "/keyValueDoesNotMatch",
        parentData: data,
        parentDataProperty: "keyValueDoesNotMatch",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyValueEquals !== undefined) {
      if (!validate28(data.keyValueEquals, {
        instancePath: instancePath + "/keyValueEquals",
        parentData: data,
        parentDataProperty: "keyValueEquals",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyValueMatches !== undefined) {
      if (!validate28(data.keyValueMatches, {
        instancePath: instancePath + "/keyValueMatches",
        parentData: data,
        parentDataProperty: "keyValueMatches",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchingKeysDoNotHaveMatchingValues !== undefined) {
      if (!validate28(data.matchingKeysDoNotHaveMatchingValues, {
        instancePath: instancePath + "/matchingKeysDoNotHaveMatchingValues",
        parentData: data,
        parentDataProperty: "matchingKeysDoNotHaveMatchingValues",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchingKeysHaveMatchingValues !== undefined) {
      if (!validate28(data.matchingKeysHaveMatchingValues, {
        instancePath: instancePath + "/matchingKeysHaveMatchingValues",
        parentData: data,
        parentDataProperty: "matchingKeysHaveMatchingValues",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.noKeyMatches !== undefined) {
      if (!validate22(data.noKeyMatches, {
        instancePath: instancePath + "/noKeyMatches",
        parentData: data,
        parentDataProperty: "noKeyMatches",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
  validate151.errors = vErrors;
  return errors === 0;
}
function validate150(data, {
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
      if (!validate151(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
        errors = vErrors.length;
      }
    }
  }
  validate150.errors = vErrors;
  return errors === 0;
}
const schema37 = {
  "items": {
    "$ref": "bKEEOs9FsK6vhMWXfi9RhR4uL01dInH0g0H1ChQNM"
  },
  "type": "array",
  "nullable": true
};
const schema38 = {
  "properties": {
    "add": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "copy": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "hardCopy": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "hardRename": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "remove": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "removeRegex": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "removeWildcard": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "rename": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "set": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    }
  },
  "type": "object"
};
function validate166(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.add !== undefined) {
      if (!validate28(data.add, {
        instancePath: instancePath + "/add",
        parentData: data,
        parentDataProperty: "add",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.copy !== undefined) {
      if (!validate28(data.copy, {
        instancePath: instancePath + "/copy",
        parentData: data,
        parentDataProperty: "copy",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.hardCopy !== undefined) {
      if (!validate28(data.hardCopy, {
        instancePath: instancePath + "/hardCopy",
        parentData: data,
        parentDataProperty: "hardCopy",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.hardRename !== undefined) {
      if (!validate28(data.hardRename, {
        instancePath: instancePath + "/hardRename",
        parentData: data,
        parentDataProperty: "hardRename",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.remove !== undefined) {
      if (!validate22(data.remove, {
        instancePath: instancePath + "/remove",
        parentData: data,
        parentDataProperty: "remove",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.removeRegex !== undefined) {
      if (!validate22(data.removeRegex, {
        instancePath: instancePath + "/removeRegex",
        parentData: data,
        parentDataProperty: "removeRegex",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.removeWildcard !== undefined) {
      if (!validate22(data.removeWildcard, {
        instancePath: instancePath + "/removeWildcard",
        parentData: data,
        parentDataProperty: "removeWildcard",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.rename !== undefined) {
      if (!validate28(data.rename, {
        instancePath: instancePath + "/rename",
        parentData: data,
        parentDataProperty: "rename",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.set !== undefined) {
      if (!validate28(data.set, {
        instancePath: instancePath + "/set",
        parentData: data,
        parentDataProperty: "set",
        rootData
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
  validate166.errors = vErrors;
  return errors === 0;
}
function validate165(data, {
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
      if (!validate166(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
        errors = vErrors.length;
      }
    }
  }
  validate165.errors = vErrors;
  return errors === 0;
}
function validate148(data, {
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
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.conditions !== undefined) {
      if (!validate150(data.conditions, {
        instancePath: instancePath + "/conditions",
        parentData: data,
        parentDataProperty: "conditions",
        rootData
      })) {
        vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.rules !== undefined) {
      if (!validate165(data.rules, {
        instancePath: instancePath + "/rules",
        parentData: data,
        parentDataProperty: "rules",
        rootData
      })) {
        vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
        errors = vErrors.length;
      }
    }
  }
  validate148.errors = vErrors;
  return errors === 0;
}
const schema39 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "buffer": {
      "$ref": "gEUOOhuZefzFQPAU2P6REZY1YYmpGc0TVbLahK1eos"
    },
    "emitterMemBufLimit": {
      "$ref": "gnWc7CZ2e7rxV0UXuvloK1OqPpA1ZC4UyxkM5vqG6o"
    },
    "emitterName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "emitterType": {
      "$ref": "01ua4mPsnR0xv9QHOhnoKc8keuk5PdwtOAwpdgsEA"
    },
    "flushMs": {
      "$ref": "n0IK7AGa2T4qIRbSl3viqLMfcVsrC1pCu4nuZtFXag"
    },
    "keyContent": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "mode": {
      "$ref": "FaI3a5HRwfWHdBwk7ne5qgiKcSyXyE4l4GMsw3HYB8"
    },
    "parser": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    }
  },
  "required": ["parser"],
  "type": "object",
  "nullable": true
};
const schema40 = {
  "default": false,
  "type": "boolean",
  "nullable": true
};
function validate181(data, {
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
  validate181.errors = vErrors;
  return errors === 0;
}
const schema41 = {
  "default": 10,
  "type": "integer",
  "nullable": true
};
function validate183(data, {
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
  validate183.errors = vErrors;
  return errors === 0;
}
const schema42 = {
  "default": "memory",
  "enum": ["memory", "filesystem"],
  "type": "string",
  "nullable": true
};
function validate186(data, {
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
  if (!(data === "memory" || data === "filesystem")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema42.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate186.errors = vErrors;
  return errors === 0;
}
const schema43 = {
  "default": 2000,
  "type": "integer",
  "nullable": true
};
function validate188(data, {
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
  validate188.errors = vErrors;
  return errors === 0;
}
const schema44 = {
  "enum": ["parser", "partial_message"],
  "type": "string",
  "nullable": true
};
function validate191(data, {
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
  if (!(data === "parser" || data === "partial_message")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema44.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate191.errors = vErrors;
  return errors === 0;
}
function validate179(data, {
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
    if (data.parser === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "parser"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.alias !== undefined) {
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.buffer !== undefined) {
      if (!validate181(data.buffer, {
        instancePath: instancePath + "/buffer",
        parentData: data,
        parentDataProperty: "buffer",
        rootData
      })) {
        vErrors = vErrors === null ? validate181.errors : vErrors.concat(validate181.errors);
        errors = vErrors.length;
      }
    }
    if (data.emitterMemBufLimit !== undefined) {
      if (!validate183(data.emitterMemBufLimit, {
        instancePath: instancePath + "/emitterMemBufLimit",
        parentData: data,
        parentDataProperty: "emitterMemBufLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate183.errors : vErrors.concat(validate183.errors);
        errors = vErrors.length;
      }
    }
    if (data.emitterName !== undefined) {
      if (!validate22(data.emitterName, {
        instancePath: instancePath + "/emitterName",
        parentData: data,
        parentDataProperty: "emitterName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.emitterType !== undefined) {
      if (!validate186(data.emitterType, {
        instancePath: instancePath + "/emitterType",
        parentData: data,
        parentDataProperty: "emitterType",
        rootData
      })) {
        vErrors = vErrors === null ? validate186.errors : vErrors.concat(validate186.errors);
        errors = vErrors.length;
      }
    }
    if (data.flushMs !== undefined) {
      if (!validate188(data.flushMs, {
        instancePath: instancePath + "/flushMs",
        parentData: data,
        parentDataProperty: "flushMs",
        rootData
      })) {
        vErrors = vErrors === null ? validate188.errors : vErrors.concat(validate188.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyContent !== undefined) {
      if (!validate22(data.keyContent, {
        instancePath: instancePath + "/keyContent",
        parentData: data,
        parentDataProperty: "keyContent",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== undefined) {
      if (!validate191(data.mode, {
        instancePath: instancePath + "/mode",
        parentData: data,
        parentDataProperty: "mode",
        rootData
      })) {
        vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
        errors = vErrors.length;
      }
    }
    if (data.parser !== undefined) {
      if (!validate26(data.parser, {
        instancePath: instancePath + "/parser",
        parentData: data,
        parentDataProperty: "parser",
        rootData
      })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  }
  validate179.errors = vErrors;
  return errors === 0;
}
const schema45 = {
  "properties": {
    "addPrefix": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "nestUnder": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "nestedUnder": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "operation": {
      "$ref": "StuiMxpjYAVIA3cr0R3JccdxyWhT0EBQlvLUCQD4"
    },
    "removePrefix": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "wildcard": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    }
  },
  "type": "object",
  "nullable": true
};
const schema46 = {
  "enum": ["nest", "lift"],
  "type": "string",
  "nullable": true
};
function validate201(data, {
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
  if (!(data === "nest" || data === "lift")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema46.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate201.errors = vErrors;
  return errors === 0;
}
function validate196(data, {
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
    if (data.addPrefix !== undefined) {
      if (!validate22(data.addPrefix, {
        instancePath: instancePath + "/addPrefix",
        parentData: data,
        parentDataProperty: "addPrefix",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.alias !== undefined) {
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.nestUnder !== undefined) {
      if (!validate22(data.nestUnder, {
        instancePath: instancePath + "/nestUnder",
        parentData: data,
        parentDataProperty: "nestUnder",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.nestedUnder !== undefined) {
      if (!validate22(data.nestedUnder, {
        instancePath: instancePath + "/nestedUnder",
        parentData: data,
        parentDataProperty: "nestedUnder",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.operation !== undefined) {
      if (!validate201(data.operation, {
        instancePath: instancePath + "/operation",
        parentData: data,
        parentDataProperty: "operation",
        rootData
      })) {
        vErrors = vErrors === null ? validate201.errors : vErrors.concat(validate201.errors);
        errors = vErrors.length;
      }
    }
    if (data.removePrefix !== undefined) {
      if (!validate22(data.removePrefix, {
        instancePath: instancePath + "/removePrefix",
        parentData: data,
        parentDataProperty: "removePrefix",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.wildcard !== undefined) {
      if (!validate25(data.wildcard, {
        instancePath: instancePath + "/wildcard",
        parentData: data,
        parentDataProperty: "wildcard",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate196.errors = vErrors;
  return errors === 0;
}
const schema47 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "keyName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "parser": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "preserveKey": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "reserveData": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "unescapeKey": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    }
  },
  "type": "object",
  "nullable": true
};
function validate207(data, {
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
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.keyName !== undefined) {
      if (!validate22(data.keyName, {
        instancePath: instancePath + "/keyName",
        parentData: data,
        parentDataProperty: "keyName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.parser !== undefined) {
      if (!validate22(data.parser, {
        instancePath: instancePath + "/parser",
        parentData: data,
        parentDataProperty: "parser",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.preserveKey !== undefined) {
      if (!validate21(data.preserveKey, {
        instancePath: instancePath + "/preserveKey",
        parentData: data,
        parentDataProperty: "preserveKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.reserveData !== undefined) {
      if (!validate21(data.reserveData, {
        instancePath: instancePath + "/reserveData",
        parentData: data,
        parentDataProperty: "reserveData",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.unescapeKey !== undefined) {
      if (!validate21(data.unescapeKey, {
        instancePath: instancePath + "/unescapeKey",
        parentData: data,
        parentDataProperty: "unescapeKey",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  }
  validate207.errors = vErrors;
  return errors === 0;
}
const schema48 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "allowlistKeys": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "records": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "removeKeys": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "uuidKeys": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "whitelistKeys": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    }
  },
  "type": "object",
  "nullable": true
};
function validate216(data, {
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
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.allowlistKeys !== undefined) {
      if (!validate25(data.allowlistKeys, {
        instancePath: instancePath + "/allowlistKeys",
        parentData: data,
        parentDataProperty: "allowlistKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.records !== undefined) {
      if (!validate25(data.records, {
        instancePath: instancePath + "/records",
        parentData: data,
        parentDataProperty: "records",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.removeKeys !== undefined) {
      if (!validate25(data.removeKeys, {
        instancePath: instancePath + "/removeKeys",
        parentData: data,
        parentDataProperty: "removeKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.uuidKeys !== undefined) {
      if (!validate25(data.uuidKeys, {
        instancePath: instancePath + "/uuidKeys",
        parentData: data,
        parentDataProperty: "uuidKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.whitelistKeys !== undefined) {
      if (!validate25(data.whitelistKeys, {
        instancePath: instancePath + "/whitelistKeys",
        parentData: data,
        parentDataProperty: "whitelistKeys",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate216.errors = vErrors;
  return errors === 0;
}
const schema49 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "emitterMemBufLimit": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "emitterName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "emitterStorageType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "rules": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    }
  },
  "type": "object",
  "nullable": true
};
function validate225(data, {
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
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.emitterMemBufLimit !== undefined) {
      if (!validate22(data.emitterMemBufLimit, {
        instancePath: instancePath + "/emitterMemBufLimit",
        parentData: data,
        parentDataProperty: "emitterMemBufLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.emitterName !== undefined) {
      if (!validate22(data.emitterName, {
        instancePath: instancePath + "/emitterName",
        parentData: data,
        parentDataProperty: "emitterName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.emitterStorageType !== undefined) {
      if (!validate22(data.emitterStorageType, {
        instancePath: instancePath + "/emitterStorageType",
        parentData: data,
        parentDataProperty: "emitterStorageType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.rules !== undefined) {
      if (!validate25(data.rules, {
        instancePath: instancePath + "/rules",
        parentData: data,
        parentDataProperty: "rules",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  }
  validate225.errors = vErrors;
  return errors === 0;
}
const schema50 = {
  "properties": {
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "interval": {
      "$ref": "YncWmBPPIb2o7naunU4hO4zNqmb73yAcgplhkZtur3Q"
    },
    "printStatus": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "rate": {
      "$ref": "NW88HfrvS38u8Yy207QW6S7qFs2gsa0jBgSYGvqPw"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "window": {
      "$ref": "NW88HfrvS38u8Yy207QW6S7qFs2gsa0jBgSYGvqPw"
    }
  },
  "type": "object",
  "nullable": true
};
const schema51 = {
  "pattern": "^\\d+(\\.[0-9]{0,2})?(s|m|h|d)?$",
  "type": "string",
  "nullable": true
};
const pattern2 = new RegExp("^\\d+(\\.[0-9]{0,2})?(s|m|h|d)?$", "u");
function validate235(data, {
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
    if (!pattern2.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/pattern",
        keyword: "pattern",
        params: {
          pattern: "^\\d+(\\.[0-9]{0,2})?(s|m|h|d)?$"
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
  validate235.errors = vErrors;
  return errors === 0;
}
const schema13 = {
  "format": "int64",
  "type": "integer",
  "nullable": true
};
const formats2 = formats.int64;
function validate30(data, {
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
    if (!formats2.validate(data)) {
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
  validate30.errors = vErrors;
  return errors === 0;
}
function validate233(data, {
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
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.interval !== undefined) {
      if (!validate235(data.interval, {
        instancePath: instancePath + "/interval",
        parentData: data,
        parentDataProperty: "interval",
        rootData
      })) {
        vErrors = vErrors === null ? validate235.errors : vErrors.concat(validate235.errors);
        errors = vErrors.length;
      }
    }
    if (data.printStatus !== undefined) {
      if (!validate21(data.printStatus, {
        instancePath: instancePath + "/printStatus",
        parentData: data,
        parentDataProperty: "printStatus",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.rate !== undefined) {
      if (!validate30(data.rate, {
        instancePath: instancePath + "/rate",
        parentData: data,
        parentDataProperty: "rate",
        rootData
      })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.window !== undefined) {
      if (!validate30(data.window, {
        instancePath: instancePath + "/window",
        parentData: data,
        parentDataProperty: "window",
        rootData
      })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
  }
  validate233.errors = vErrors;
  return errors === 0;
}
const schema52 = {
  "properties": {
    "accessiblePaths": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "alias": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "eventFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "functionName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "retryLimit": {
      "$ref": "eBzsBkdHVYBPiQSk0ZMJEHvtC2GVzuLZf3nowezZ3WY"
    },
    "wasmHeapSize": {
      "$ref": "IsEGTfFItVn147L64oOCXbItCRrFnZffNJfyeOOnUVY"
    },
    "wasmPath": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "wasmStackSize": {
      "$ref": "IsEGTfFItVn147L64oOCXbItCRrFnZffNJfyeOOnUVY"
    }
  },
  "type": "object",
  "nullable": true
};
function validate242(data, {
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
    if (data.accessiblePaths !== undefined) {
      if (!validate25(data.accessiblePaths, {
        instancePath: instancePath + "/accessiblePaths",
        parentData: data,
        parentDataProperty: "accessiblePaths",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.alias !== undefined) {
      if (!validate22(data.alias, {
        instancePath: instancePath + "/alias",
        parentData: data,
        parentDataProperty: "alias",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventFormat !== undefined) {
      if (!validate22(data.eventFormat, {
        instancePath: instancePath + "/eventFormat",
        parentData: data,
        parentDataProperty: "eventFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.functionName !== undefined) {
      if (!validate22(data.functionName, {
        instancePath: instancePath + "/functionName",
        parentData: data,
        parentDataProperty: "functionName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryLimit !== undefined) {
      if (!validate23(data.retryLimit, {
        instancePath: instancePath + "/retryLimit",
        parentData: data,
        parentDataProperty: "retryLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.wasmHeapSize !== undefined) {
      if (!validate31(data.wasmHeapSize, {
        instancePath: instancePath + "/wasmHeapSize",
        parentData: data,
        parentDataProperty: "wasmHeapSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.wasmPath !== undefined) {
      if (!validate22(data.wasmPath, {
        instancePath: instancePath + "/wasmPath",
        parentData: data,
        parentDataProperty: "wasmPath",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.wasmStackSize !== undefined) {
      if (!validate31(data.wasmStackSize, {
        instancePath: instancePath + "/wasmStackSize",
        parentData: data,
        parentDataProperty: "wasmStackSize",
        rootData
      })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
  }
  validate242.errors = vErrors;
  return errors === 0;
}
function validate43(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.aws !== undefined) {
      if (!validate44(data.aws, {
        instancePath: instancePath + "/aws",
        parentData: data,
        parentDataProperty: "aws",
        rootData
      })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.customPlugin !== undefined) {
      if (!validate58(data.customPlugin, {
        instancePath: instancePath + "/customPlugin",
        parentData: data,
        parentDataProperty: "customPlugin",
        rootData
      })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.grep !== undefined) {
      if (!validate63(data.grep, {
        instancePath: instancePath + "/grep",
        parentData: data,
        parentDataProperty: "grep",
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.kubernetes !== undefined) {
      if (!validate71(data.kubernetes, {
        instancePath: instancePath + "/kubernetes",
        parentData: data,
        parentDataProperty: "kubernetes",
        rootData
      })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.logToMetrics !== undefined) {
      if (!validate111(data.logToMetrics, {
        instancePath: instancePath + "/logToMetrics",
        parentData: data,
        parentDataProperty: "logToMetrics",
        rootData
      })) {
        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.lua !== undefined) {
      if (!validate131(data.lua, {
        instancePath: instancePath + "/lua",
        parentData: data,
        parentDataProperty: "lua",
        rootData
      })) {
        vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
        errors = vErrors.length;
      }
    }
    if (data.modify !== undefined) {
      if (!validate148(data.modify, {
        instancePath: instancePath + "/modify",
        parentData: data,
        parentDataProperty: "modify",
        rootData
      })) {
        vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
        errors = vErrors.length;
      }
    }
    if (data.multiline !== undefined) {
      if (!validate179(data.multiline, {
        instancePath: instancePath + "/multiline",
        parentData: data,
        parentDataProperty: "multiline",
        rootData
      })) {
        vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
        errors = vErrors.length;
      }
    }
    if (data.nest !== undefined) {
      if (!validate196(data.nest, {
        instancePath: instancePath + "/nest",
        parentData: data,
        parentDataProperty: "nest",
        rootData
      })) {
        vErrors = vErrors === null ? validate196.errors : vErrors.concat(validate196.errors);
        errors = vErrors.length;
      }
    }
    if (data.parser !== undefined) {
      if (!validate207(data.parser, {
        instancePath: instancePath + "/parser",
        parentData: data,
        parentDataProperty: "parser",
        rootData
      })) {
        vErrors = vErrors === null ? validate207.errors : vErrors.concat(validate207.errors);
        errors = vErrors.length;
      }
    }
    if (data.recordModifier !== undefined) {
      if (!validate216(data.recordModifier, {
        instancePath: instancePath + "/recordModifier",
        parentData: data,
        parentDataProperty: "recordModifier",
        rootData
      })) {
        vErrors = vErrors === null ? validate216.errors : vErrors.concat(validate216.errors);
        errors = vErrors.length;
      }
    }
    if (data.rewriteTag !== undefined) {
      if (!validate225(data.rewriteTag, {
        instancePath: instancePath + "/rewriteTag",
        parentData: data,
        parentDataProperty: "rewriteTag",
        rootData
      })) {
        vErrors = vErrors === null ? validate225.errors : vErrors.concat(validate225.errors);
        errors = vErrors.length;
      }
    }
    if (data.throttle !== undefined) {
      if (!validate233(data.throttle, {
        instancePath: instancePath + "/throttle",
        parentData: data,
        parentDataProperty: "throttle",
        rootData
      })) {
        vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
        errors = vErrors.length;
      }
    }
    if (data.wasm !== undefined) {
      if (!validate242(data.wasm, {
        instancePath: instancePath + "/wasm",
        parentData: data,
        parentDataProperty: "wasm",
        rootData
      })) {
        vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
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
  validate43.errors = vErrors;
  return errors === 0;
}
function validate42(data, {
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
      if (!validate43(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
const schema53 = {
  "enum": ["off", "error", "warning", "info", "debug", "trace"],
  "type": "string",
  "nullable": true
};
function validate254(data, {
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
        allowedValues: schema53.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate254.errors = vErrors;
  return errors === 0;
}
function validate41(data, {
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
    if (data.filters !== undefined) {
      if (!validate42(data.filters, {
        instancePath: instancePath + "/filters",
        parentData: data,
        parentDataProperty: "filters",
        rootData
      })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.logLevel !== undefined) {
      if (!validate254(data.logLevel, {
        instancePath: instancePath + "/logLevel",
        parentData: data,
        parentDataProperty: "logLevel",
        rootData
      })) {
        vErrors = vErrors === null ? validate254.errors : vErrors.concat(validate254.errors);
        errors = vErrors.length;
      }
    }
    if (data.match !== undefined) {
      if (!validate22(data.match, {
        instancePath: instancePath + "/match",
        parentData: data,
        parentDataProperty: "match",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchRegex !== undefined) {
      if (!validate22(data.matchRegex, {
        instancePath: instancePath + "/matchRegex",
        parentData: data,
        parentDataProperty: "matchRegex",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.ordinal !== undefined) {
      if (!validate24(data.ordinal, {
        instancePath: instancePath + "/ordinal",
        parentData: data,
        parentDataProperty: "ordinal",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate32(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  /*# sourceURL="fluentbit.fluent.io.v1alpha2.ClusterFilter" */;
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
      if (!validate33(data.apiVersion, {
        instancePath: instancePath + "/apiVersion",
        parentData: data,
        parentDataProperty: "apiVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.kind !== undefined) {
      if (!validate35(data.kind, {
        instancePath: instancePath + "/kind",
        parentData: data,
        parentDataProperty: "kind",
        rootData
      })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadata !== undefined) {
      if (!validate37(data.metadata, {
        instancePath: instancePath + "/metadata",
        parentData: data,
        parentDataProperty: "metadata",
        rootData
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== undefined) {
      if (!validate41(data.spec, {
        instancePath: instancePath + "/spec",
        parentData: data,
        parentDataProperty: "spec",
        rootData
      })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
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
  validate32.errors = vErrors;
  return errors === 0;
}