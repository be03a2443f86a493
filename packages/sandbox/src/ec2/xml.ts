import { XMLBuilder } from 'fast-xml-parser';
import type { Ec2Error } from './ec2-error.js';

export type XmlValue = string | number | boolean | undefined | XmlNode | XmlNode[];

export interface XmlNode {
  [element: string]: XmlValue;
}

export const EC2_NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';

const declaration = { '@_version': '1.0', '@_encoding': 'UTF-8' };

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** EC2 wraps every list in a set element whose entries are all named `item`. */
export function itemSet(entries: XmlNode[]): XmlNode {
  return { item: entries };
}

export function responseXml(action: string, requestId: string, body: XmlNode): string {
  return builder.build({
    '?xml': declaration,
    [`${action}Response`]: { '@_xmlns': EC2_NAMESPACE, requestId, ...body },
  });
}

export function errorXml(error: Ec2Error, requestId: string): string {
  return builder.build({
    '?xml': declaration,
    Response: {
      Errors: { Error: { Code: error.code, Message: error.message } },
      RequestID: requestId,
    },
  });
}
