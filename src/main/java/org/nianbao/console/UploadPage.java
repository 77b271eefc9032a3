package org.nianbao.console;

import static org.nianbao.console.Html.esc;

/**
 * The upload page: several files chosen or dropped at once, each sent by a few lines of inline script as its
 * own request (raw bytes, the name URL-encoded in a header, the CSRF token in another), its outcome listed
 * as text as it comes back.
 */
final class UploadPage {

    private static final String SCRIPT = """
            (function(){
              var drop=document.getElementById('drop'), input=document.getElementById('files'),
                  list=document.getElementById('results'), token=document.getElementById('csrf').value;
              var words={archived:'已归档',duplicate:'重复（已在档案中）',failed:'转换失败'};
              function send(file){
                var li=document.createElement('li'); li.textContent=file.name+'：上传中…'; list.appendChild(li);
                fetch('/upload/file',{method:'POST',body:file,credentials:'same-origin',
                  headers:{'X-File-Name':encodeURIComponent(file.name),'X-CSRF-Token':token,'Content-Type':'application/octet-stream'}})
                 .then(function(r){return r.json();})
                 .then(function(j){li.className='result '+j.outcome; li.textContent='';
                   var name=document.createElement('b'); name.textContent=j.fileName; li.appendChild(name);
                   li.appendChild(document.createTextNode('：'+(words[j.outcome]||j.outcome)+' '+(j.detail||'')+' '));
                   if(j.reportId){var a=document.createElement('a'); a.href='/report?id='+encodeURIComponent(j.reportId);
                     a.textContent='查看'; li.appendChild(a);}})
                 .catch(function(e){li.className='result failed'; li.textContent=file.name+'：上传失败 '+e;});
              }
              function all(files){for(var i=0;i<files.length;i++){send(files[i]);}}
              input.addEventListener('change',function(){all(input.files); input.value='';});
              drop.addEventListener('dragover',function(e){e.preventDefault(); drop.className='over';});
              drop.addEventListener('dragleave',function(){drop.className='';});
              drop.addEventListener('drop',function(e){e.preventDefault(); drop.className=''; all(e.dataTransfer.files);});
            })();
            """;

    private UploadPage() {
    }

    static String render(Session session) {
        String body = "<p>可一次选择或拖入多个文件（PDF、DOCX、DOC、HTML），与收件夹中的文件同样处理。</p>"
                + "<input type=\"hidden\" id=\"csrf\" value=\"" + esc(session.csrfToken()) + "\">"
                + "<div id=\"drop\">把文件拖到这里，或 <input type=\"file\" id=\"files\" multiple></div>"
                + "<h2>结果</h2><ul id=\"results\"></ul><script>" + SCRIPT + "</script>";
        return Layout.page("上传年报", session, body);
    }
}
