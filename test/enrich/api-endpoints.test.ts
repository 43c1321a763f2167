import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_ENDPOINTS, resolveEndpoints } from '../../src/enrich/api-endpoints.js';

describe('resolveEndpoints', () => {
  it('uses the documented public base URLs by default', () => {
    assert.deepEqual(resolveEndpoints(undefined, {}), {
      crossref: 'https://api.crossref.org',
      openalex: 'https://api.openalex.org',
      dblp: 'https://dblp.org',
      arxiv: 'https://export.arxiv.org',
      doi: 'https://doi.org',
      orcid: 'https://pub.orcid.org',
    });
    assert.deepEqual(resolveEndpoints(undefined, {}), DEFAULT_ENDPOINTS);
  });

  it('lets the environment override the config, and the config the defaults', () => {
    const endpoints = resolveEndpoints(
      { crossref: 'https://mirror.example.org/crossref/', dblp: 'https://dblp.example.org' },
      { PUBCV_CROSSREF_URL: 'http://127.0.0.1:9/crossref', PUBCV_ARXIV_URL: '  ', PUBCV_ORCID_URL: 'http://127.0.0.1:9/orcid//' },
    );
    assert.equal(endpoints.crossref, 'http://127.0.0.1:9/crossref');
    assert.equal(endpoints.dblp, 'https://dblp.example.org');
    assert.equal(endpoints.arxiv, 'https://export.arxiv.org', 'a blank variable counts as unset');
    assert.equal(endpoints.orcid, 'http://127.0.0.1:9/orcid', 'trailing slashes are trimmed');
  });
});
